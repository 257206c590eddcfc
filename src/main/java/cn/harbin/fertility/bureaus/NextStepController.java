package cn.harbin.fertility.bureaus;

import cn.harbin.fertility.common.ForbiddenException;
import cn.harbin.fertility.common.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What became of a case once a caseworker completed a task of it: Tasklist shows the answer after 完成 ("已办结 …,
 * 下一步 …"). Open to whoever could work the task (its bureau, its assignee) and to administrators.
 */
@RestController
class NextStepController {

  /** The task that was completed and, in Chinese, where its case stands now. */
  record NextStep(String completedTask, String caseNumber, String nextStep) {}

  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;

  NextStepController(HistoryService historyService, RuntimeService runtimeService, TaskService taskService,
      RepositoryService repositoryService) {
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
  }

  @GetMapping("/staff/tasks/{taskId}/next-step")
  NextStep nextStep(@PathVariable String taskId, Authentication staff) {
    HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
        .singleResult();
    if (task == null) {
      throw new NotFoundException("没有这个已办结的任务", "There is no such completed task");
    }
    if (!couldWork(staff, task)) {
      throw new ForbiddenException("这不是您所在部门的任务", "This task was not your bureau's");
    }
    HistoricProcessInstance process = caseProcess(task.getProcessInstanceId());
    String nextStep = process.getEndTime() != null
        ? "案件已办结：" + stepName(process.getProcessDefinitionId(), process.getEndActivityId())
        : "下一步：" + waitingSteps(process.getId(), process.getProcessDefinitionId(), process.getBusinessKey())
            .distinct().collect(Collectors.joining("；"));
    return new NextStep(task.getName(), process.getBusinessKey(), nextStep);
  }

  /**
   * The case a task belongs to: its process, or the process that called it under the same application number (a
   * scheme of the birth bundle is a process of its own within the bundle's case).
   */
  private HistoricProcessInstance caseProcess(String processInstanceId) {
    HistoricProcessInstance process = historic(processInstanceId);
    while (process.getSuperProcessInstanceId() != null) {
      HistoricProcessInstance caller = historic(process.getSuperProcessInstanceId());
      if (!Objects.equals(caller.getBusinessKey(), process.getBusinessKey())) {
        break;
      }
      process = caller;
    }
    return process;
  }

  private HistoricProcessInstance historic(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
  }

  /** Where a running process of the case waits, with the processes of the same case it called in their place. */
  private Stream<String> waitingSteps(String processInstanceId, String definitionId, String caseNumber) {
    List<ProcessInstance> parts = runtimeService.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
        .processInstanceBusinessKey(caseNumber).list();
    Set<String> calledHere = parts.stream()
        .map(part -> repositoryService.getProcessDefinition(part.getProcessDefinitionId()).getKey())
        .collect(Collectors.toSet());
    Stream<String> own = runtimeService.getActiveActivityIds(processInstanceId).stream()
        .filter(activityId -> !(element(definitionId, activityId) instanceof CallActivity call
            && calledHere.contains(call.getCalledElement())))
        .map(activityId -> stepName(definitionId, activityId) + bureauOf(processInstanceId, activityId));
    return Stream.concat(own, parts.stream()
        .flatMap(part -> waitingSteps(part.getId(), part.getProcessDefinitionId(), caseNumber)));
  }

  private boolean couldWork(Authentication staff, HistoricTaskInstance task) {
    Set<String> groups = staff.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    return groups.contains(Groups.CAMUNDA_ADMIN) || staff.getName().equals(task.getAssignee())
        || historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.CANDIDATE)
            .list().stream().anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  private String stepName(String definitionId, String activityId) {
    if (activityId == null) {
      return "";
    }
    FlowElement element = element(definitionId, activityId);
    return element == null || element.getName() == null ? activityId : element.getName().replace('\n', ' ');
  }

  private FlowElement element(String definitionId, String activityId) {
    return repositoryService.getBpmnModelInstance(definitionId).getModelElementById(activityId);
  }

  /** For a waiting user task: the bureau whose list it is on, as {@code （市财政局）}. */
  private String bureauOf(String processInstanceId, String activityId) {
    List<String> bureaus = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(activityId).list().stream()
        .flatMap(open -> taskService.getIdentityLinksForTask(open.getId()).stream())
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct()
        .map(group -> BureauDirectory.byGroupId(group).map(Bureau::nameZh).orElse(group))
        .toList();
    return bureaus.isEmpty() ? "" : "（" + String.join("、", bureaus) + "）";
  }
}
