package cn.harbin.fertility.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * What one real case did, read back from the engine's full history: for each process of the case and each of its
 * activities, the variables written while it ran (by our delegates and listeners, or by the caseworker's form), the
 * items of each multi-instance, how the root process was started, and every activity the case passed. The same-shape
 * model replays these, so that it takes the real case's path with the real case's variables.
 */
record RecordedCase(String rootKey, String startMessage, Map<String, Object> startVariables,
    Map<String, Map<String, Object>> variablesByActivity, Map<String, List<Object>> collections, List<String> path) {

  /** Variables the engine itself keeps on multi-instance executions. */
  private static final Set<String> ENGINE_VARIABLES = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances");
  private static final String OUTSIDE_ANY_ACTIVITY = "";

  static RecordedCase of(ProcessEngine engine, String rootInstanceId) {
    HistoryService history = engine.getHistoryService();
    Map<String, Map<String, Object>> variables = new HashMap<>();
    Map<String, List<Object>> collections = new HashMap<>();
    String rootKey = null;
    String startMessage = null;
    Map<String, Object> startVariables = new HashMap<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(rootInstanceId).list()) {
      String key = instance.getProcessDefinitionKey();
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId());
      Map<String, HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).list().stream()
          .collect(Collectors.toMap(HistoricActivityInstance::getId, Function.identity()));
      Map<String, Map<String, Object>> byActivity = new HashMap<>();
      for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId())
          .variableUpdates().orderPartiallyByOccurrence().asc().list()) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        if (!ENGINE_VARIABLES.contains(update.getVariableName())) {
          HistoricActivityInstance activity = activities.get(update.getActivityInstanceId());
          byActivity.computeIfAbsent(activity == null ? OUTSIDE_ANY_ACTIVITY : activity.getActivityId(),
              none -> new HashMap<>()).put(update.getVariableName(), update.getValue());
        }
      }
      for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(
          MultiInstanceLoopCharacteristics.class)) {
        String activityId = ((Activity) loop.getParentElement()).getId();
        collections.put(key + "/" + activityId, items(history, instance.getId(), loop.getCamundaElementVariable(),
            activities.values().stream().filter(activity -> activity.getActivityId().equals(activityId)).count()));
      }
      byActivity.forEach((activityId, written) -> variables.put(key + "/" + activityId, written));
      if (instance.getSuperProcessInstanceId() == null) {
        rootKey = key;
        String startEventId = activities.values().stream()
            .filter(activity -> model.getModelElementById(activity.getActivityId()) instanceof StartEvent start
                && start.getParentElement() instanceof Process)
            .findFirst().orElseThrow().getActivityId();
        StartEvent start = model.getModelElementById(startEventId);
        startMessage = start.getEventDefinitions().stream().filter(MessageEventDefinition.class::isInstance)
            .map(definition -> ((MessageEventDefinition) definition).getMessage().getName()).findFirst().orElse(null);
        startVariables.putAll(byActivity.getOrDefault(OUTSIDE_ANY_ACTIVITY, Map.of()));
        startVariables.putAll(byActivity.getOrDefault(startEventId, Map.of()));
      }
    }
    return new RecordedCase(rootKey, startMessage, startVariables, variables, collections,
        path(history, rootInstanceId));
  }

  /** Every activity the case's processes passed, as {@code key/activityId}, sorted: two cases of one path agree. */
  static List<String> path(HistoryService history, String rootInstanceId) {
    Map<String, String> keys = history.createHistoricProcessInstanceQuery().rootProcessInstanceId(rootInstanceId)
        .list().stream().collect(Collectors.toMap(HistoricProcessInstance::getId,
            instance -> SameShapeModel.realKey(instance.getProcessDefinitionKey())));
    List<String> path = new ArrayList<>();
    for (String instanceId : keys.keySet()) {
      history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list()
          .forEach(activity -> path.add(keys.get(instanceId) + "/" + activity.getActivityId()));
    }
    Collections.sort(path);
    return path;
  }

  /** What the real step of {@code activityId} in process {@code key} wrote. */
  Map<String, Object> variablesOf(String key, String activityId) {
    return variablesByActivity.getOrDefault(key + "/" + activityId, Map.of());
  }

  List<Object> collection(String key, String activityId) {
    return collections.getOrDefault(key + "/" + activityId, List.of());
  }

  private static List<Object> items(HistoryService history, String instanceId, String elementVariable, long count) {
    List<Object> items = elementVariable == null ? List.of() : history.createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).variableName(elementVariable).list().stream()
        .map(HistoricVariableInstance::getValue).toList();
    return items.size() == count ? items : Collections.nCopies((int) count, null);
  }
}
