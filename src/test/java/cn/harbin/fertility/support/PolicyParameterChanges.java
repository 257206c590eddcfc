package cn.harbin.fertility.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Test support: the operator adds dated values to the parameter table and deploys it, as the README's "Policy
 * parameters" tells them to; closing it deletes that version again, so that the next test reads the seeded table.
 */
@Component
public class PolicyParameterChanges {

  /** One row the operator adds. */
  public record NewValue(String scheme, String parameter, LocalDate effectiveFrom, String value, String clause) {}

  /** The deployed version; close it when the test is done. */
  public interface DeployedVersion extends AutoCloseable {

    @Override
    void close();
  }

  private final RepositoryService repositoryService;

  public PolicyParameterChanges(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public DeployedVersion deploy(String name, NewValue... values) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      NewValue value = values[i];
      String id = "Rule_OperatorAdds" + i;
      rows.append("""
          <rule id="%1$s">
            <inputEntry id="%1$s_Scheme"><text>"%2$s"</text></inputEntry>
            <outputEntry id="%1$s_Parameter"><text>"%3$s"</text></outputEntry>
            <outputEntry id="%1$s_EffectiveFrom"><text>"%4$s"</text></outputEntry>
            <outputEntry id="%1$s_Value"><text>"%5$s"</text></outputEntry>
            <outputEntry id="%1$s_Clause"><text>"%6$s"</text></outputEntry>
          </rule>
          """.formatted(id, value.scheme(), value.parameter(), value.effectiveFrom(), value.value(), value.clause()));
    }
    String table = seededTable().replace("</decisionTable>", rows + "</decisionTable>");
    String deploymentId = repositoryService.createDeployment().name(name)
        .addString("policy-parameters.dmn", table).deploy().getId();
    return () -> repositoryService.deleteDeployment(deploymentId, true);
  }

  private static String seededTable() {
    try (InputStream in = PolicyParameterChanges.class.getClassLoader()
        .getResourceAsStream("processes/policy-parameters.dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
