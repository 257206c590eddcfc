package cn.harbin.fertility.parameters;

import cn.harbin.fertility.policy.DatedParameter;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the dated parameters from the decision table {@code processes/policy-parameters.dmn}, the one place where
 * the operator keeps every figure. It takes the latest deployed version, so a row added and deployed from Camunda
 * Modeler or through {@code /engine-rest} takes effect without a rebuild or restart, on every node, and Cockpit
 * shows which version was in force. The table is read as data, not evaluated, so looking a figure up leaves no
 * decision history behind; a deployed version never changes, so each is read once. Which version is the latest is
 * looked up once in a transaction: every figure a step reads comes from one version, and a step that reads several
 * schemes' figures (the birth bundle reads seven) asks the database once.
 */
@Component
public class DmnPolicyParameters implements PolicyParameterSource {

  static final String DECISION = "policy-parameters";

  /** The key under which a transaction holds the latest version's id. */
  private static final Object LATEST_VERSION = new Object();

  private final RepositoryService repositoryService;
  private final Map<String, Map<String, Map<String, DatedParameter<String>>>> byDefinitionId = new ConcurrentHashMap<>();

  public DmnPolicyParameters(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public Map<String, DatedParameter<String>> parametersOf(String scheme) {
    return byDefinitionId.computeIfAbsent(latestInTransaction(), id -> read(repositoryService.getDmnModelInstance(id)))
        .getOrDefault(scheme, Map.of());
  }

  /**
   * Bound to the transaction as Spring binds a connection: set aside while a transaction of its own runs inside it
   * (which looks the version up for itself), and let go when it completes.
   */
  private String latestInTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return latest();
    }
    LatestVersion bound = (LatestVersion) TransactionSynchronizationManager.getResource(LATEST_VERSION);
    if (bound == null) {
      bound = new LatestVersion(latest());
      bound.setSynchronizedWithTransaction(true);
      TransactionSynchronizationManager.bindResource(LATEST_VERSION, bound);
      TransactionSynchronizationManager.registerSynchronization(
          new ResourceHolderSynchronization<>(bound, LATEST_VERSION) {});
    }
    return bound.definitionId;
  }

  private static final class LatestVersion extends ResourceHolderSupport {

    private final String definitionId;

    LatestVersion(String definitionId) {
      this.definitionId = definitionId;
    }
  }

  private String latest() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).latestVersion()
        .singleResult().getId();
  }

  /** scheme → parameter → values by effective date. */
  private static Map<String, Map<String, DatedParameter<String>>> read(DmnModelInstance model) {
    DecisionTable table = (DecisionTable) model.<Decision>getModelElementById(DECISION).getExpression();
    List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
    Map<String, Map<String, TreeMap<LocalDate, String>>> values = new HashMap<>();
    Map<String, String> clauses = new HashMap<>();
    for (Rule rule : table.getRules()) {
      String scheme = text(rule, rule.getInputEntries().iterator().next().getText().getTextContent());
      Map<String, String> row = new HashMap<>();
      List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
      for (int i = 0; i < outputs.size(); i++) {
        row.put(outputs.get(i), text(rule, entries.get(i).getText().getTextContent()));
      }
      String name = row.get("parameter");
      LocalDate effectiveFrom = date(rule, row.get("effectiveFrom"));
      String previous = values.computeIfAbsent(scheme, s -> new HashMap<>())
          .computeIfAbsent(name, n -> new TreeMap<>()).put(effectiveFrom, row.get("value"));
      if (previous != null) {
        throw new IllegalStateException(DECISION + ": " + scheme + "/" + name + " has two values from " + effectiveFrom);
      }
      clauses.merge(scheme + "/" + name, row.get("clause"), (a, b) -> a.equals(b) ? a : a + ", " + b);
    }
    Map<String, Map<String, DatedParameter<String>>> parameters = new HashMap<>();
    values.forEach((scheme, byName) -> byName.forEach((name, dated) -> parameters
        .computeIfAbsent(scheme, s -> new TreeMap<>())
        .put(name, new DatedParameter<>(name, clauses.get(scheme + "/" + name), dated))));
    return parameters;
  }

  /** A cell of the table: a FEEL text literal such as {@code "500.00"}. */
  private static String text(Rule rule, String cell) {
    String trimmed = cell == null ? "" : cell.strip();
    if (trimmed.length() < 2 || !trimmed.startsWith("\"") || !trimmed.endsWith("\"")) {
      throw new IllegalStateException(DECISION + " rule " + rule.getId() + ": every cell must be a quoted text, not "
          + cell);
    }
    return trimmed.substring(1, trimmed.length() - 1).replace("\\\"", "\"").strip();
  }

  private static LocalDate date(Rule rule, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException invalid) {
      throw new IllegalStateException(DECISION + " rule " + rule.getId() + ": effective from must be a date such as "
          + "2022-11-29, not " + text, invalid);
    }
  }
}
