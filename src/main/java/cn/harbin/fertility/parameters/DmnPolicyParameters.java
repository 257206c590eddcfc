package cn.harbin.fertility.parameters;

import cn.harbin.fertility.policy.DatedParameter;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Reads the dated parameters from the decision table {@code processes/policy-parameters.dmn}, the one place
 * where the operator keeps every figure. The engine evaluates its latest deployed version, so a row added and
 * deployed from Camunda Modeler or through {@code /engine-rest} takes effect without a rebuild or restart, on
 * every node, and Cockpit shows which version was in force.
 */
@Component
public class DmnPolicyParameters implements PolicyParameterSource {

  static final String DECISION = "policy-parameters";

  private final DecisionService decisionService;

  public DmnPolicyParameters(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public Map<String, DatedParameter<String>> parametersOf(String scheme) {
    DmnDecisionResult rows = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables().putValue("scheme", scheme))
        .evaluate();
    Map<String, TreeMap<LocalDate, String>> values = new TreeMap<>();
    Map<String, String> clauses = new TreeMap<>();
    for (DmnDecisionResultEntries row : rows) {
      String name = row.getEntry("parameter");
      LocalDate effectiveFrom = LocalDate.parse(row.<String>getEntry("effectiveFrom").strip());
      String previous = values.computeIfAbsent(name, n -> new TreeMap<>()).put(effectiveFrom, row.getEntry("value"));
      if (previous != null) {
        throw new IllegalStateException(DECISION + ": " + scheme + "/" + name + " has two values from " + effectiveFrom);
      }
      clauses.merge(name, row.getEntry("clause"), (a, b) -> a.equals(b) ? a : a + ", " + b);
    }
    Map<String, DatedParameter<String>> parameters = new TreeMap<>();
    values.forEach((name, dated) -> parameters.put(name, new DatedParameter<>(name, clauses.get(name), dated)));
    return parameters;
  }
}
