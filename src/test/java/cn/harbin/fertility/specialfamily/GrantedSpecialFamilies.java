package cn.harbin.fertility.specialfamily;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Test support: a bereaved family taken through its case to the grant of every scheme it qualifies for. */
@Component
public class GrantedSpecialFamilies {

  private final SpecialFamilyIntake intake;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  public GrantedSpecialFamilies(SpecialFamilyIntake intake, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService) {
    this.intake = intake;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  /**
   * An urban couple of 61 and 63 whose only child died: 特别扶助 and 奖励扶助 for each parent, and the nursing
   * subsidy for the partly disabled father.
   *
   * @return the application number of the granted case
   */
  public String grantBereaved(String divisionCode) {
    String number = intake.submitOnline(TestSpecialFamily.bereaved(divisionCode, List.of())).applicationNumber();
    completeTask(number, Map.of("streetDecision", "approve"));
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
        .getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
        .activityId("Timer_PublicNoticeEnded").singleResult().getId());
    completeTask(number, Map.of("districtDecision", "approve"));
    return number;
  }

  private void completeTask(String applicationNumber, Map<String, Object> decision) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(applicationNumber).singleResult()
        .getId(), decision);
  }
}
