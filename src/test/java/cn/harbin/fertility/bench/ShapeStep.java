package cn.harbin.fertility.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The no-op step of a same-shape model ({@code ${shapeStep}}): as a service task, an execution listener or a task
 * listener it does no work of ours, and only writes the variables the real step wrote in the recorded case, so that
 * the gateways behind it decide as they did.
 */
public final class ShapeStep implements JavaDelegate, ExecutionListener, TaskListener {

  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private volatile RecordedCase replayed;

  void replay(RecordedCase recorded) {
    this.replayed = recorded;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(replayed.variablesOf(realKey(execution),
        execution.getCurrentActivityId()));
  }

  @Override
  public void notify(DelegateExecution execution) {
    execute(execution);
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariables(replayed.variablesOf(realKey(task.getExecution()), task.getTaskDefinitionKey()));
  }

  /** The items of a multi-instance whose collection our code computes. */
  public List<Object> collection(String key, String activityId) {
    return replayed.collection(key, activityId);
  }

  private String realKey(DelegateExecution execution) {
    return keys.computeIfAbsent(execution.getProcessDefinitionId(), definitionId -> SameShapeModel.realKey(
        execution.getProcessEngineServices().getRepositoryService().getProcessDefinition(definitionId).getKey()));
  }
}
