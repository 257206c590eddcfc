package cn.harbin.fertility.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;

/**
 * Takes a case, with the processes it calls, to its end in the calling thread, as the caseworkers and the job executor
 * would: it completes every open task with the answers its form gives and runs every due job, except the timers on
 * task boundaries (reminders and deadlines that a case handled in time never reaches). The same driver drives the
 * real and the same-shape cases, so its own queries weigh on both alike.
 */
final class CaseDriver {

  /** No case of ours takes more steps; more means the driver is going round in circles. */
  private static final int MOST_STEPS = 100;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final Map<String, Boolean> onTaskBoundaryByJobDefinition = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();

  CaseDriver(ProcessEngine engine) {
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.repositoryService = engine.getRepositoryService();
  }

  /**
   * @param answers what the form of a task submits, by the task's real process key and task key
   */
  void drive(String rootInstanceId, BiFunction<String, String, Map<String, Object>> answers) {
    for (int step = 0; step < MOST_STEPS; step++) {
      List<ProcessInstance> live = runtimeService.createProcessInstanceQuery().rootProcessInstanceId(rootInstanceId)
          .list();
      if (live.isEmpty()) {
        return;
      }
      List<Task> tasks = taskService.createTaskQuery()
          .processInstanceIdIn(live.stream().map(ProcessInstance::getId).toArray(String[]::new)).list();
      if (!tasks.isEmpty()) {
        for (Task task : tasks) {
          taskService.complete(task.getId(), answers.apply(realKey(task.getProcessDefinitionId()),
              task.getTaskDefinitionKey()));
        }
        continue;
      }
      Job job = managementService.createJobQuery().rootProcessInstanceId(rootInstanceId).list().stream()
          .filter(due -> !onTaskBoundary(due)).findFirst()
          .orElseThrow(() -> new IllegalStateException("case " + rootInstanceId + " waits for neither a task nor a"
              + " job, at " + live.stream().flatMap(instance -> runtimeService.getActiveActivityIds(instance.getId())
                  .stream()).collect(Collectors.toSet())));
      managementService.executeJob(job.getId());
    }
    throw new IllegalStateException("case " + rootInstanceId + " did not end in " + MOST_STEPS + " steps");
  }

  private boolean onTaskBoundary(Job job) {
    return onTaskBoundaryByJobDefinition.computeIfAbsent(job.getJobDefinitionId(), definitionId -> {
      String activityId = managementService.createJobDefinitionQuery().jobDefinitionId(definitionId).singleResult()
          .getActivityId();
      return repositoryService.getBpmnModelInstance(job.getProcessDefinitionId())
          .getModelElementById(activityId) instanceof BoundaryEvent;
    });
  }

  private String realKey(String processDefinitionId) {
    return keys.computeIfAbsent(processDefinitionId,
        definitionId -> SameShapeModel.realKey(repositoryService.getProcessDefinition(definitionId).getKey()));
  }
}
