package cn.harbin.fertility.specialfamily;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After start-up in the demo profile the street offices, 道里区 and two bureaus find special-family work. */
@ApplicationOnH2
class SpecialFamilyDemoCasesTest {

  @Autowired ApplicationRecords records;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  private String numberOf(SpecialFamilyApplication family) {
    return records.liveClaimHolder(SpecialFamilyIntake.claimKeys(family).get(0)).orElseThrow();
  }

  private List<String> groupsOfOpenTasks(SpecialFamilyApplication family) {
    return taskService.createTaskQuery().processInstanceBusinessKey(numberOf(family)).list().stream()
        .map(Task::getId).map(id -> taskService.getIdentityLinksForTask(id).get(0).getGroupId()).toList();
  }

  @Test
  void casesWaitInPublicNoticeAtTheDistrictAndAtTwoBureaus() {
    String inNotice = numberOf(SpecialFamilyDemoCases.IN_PUBLIC_NOTICE);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(inNotice)
        .activityIdIn("Gateway_PublicNotice").count()).isEqualTo(1);
    assertThat(groupsOfOpenTasks(SpecialFamilyDemoCases.AWAITING_DAOLI_APPROVAL))
        .containsExactly("district-health-230102");
    assertThat(groupsOfOpenTasks(SpecialFamilyDemoCases.SERVICES_IN_PROGRESS))
        .containsExactlyInAnyOrder("housing", "family-planning-association");
  }

  @Test
  void aGrantedFamilyIsUpForRequalificationAtItsStreetOffice() {
    String number = numberOf(SpecialFamilyDemoCases.UP_FOR_REQUALIFICATION);
    assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_ConfirmSituation").list())
        .anySatisfy(task -> {
          assertThat(taskService.getVariable(task.getId(), "applicationNumber")).isEqualTo(number);
          assertThat(taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId()).isEqualTo("street-230102");
        });
  }
}
