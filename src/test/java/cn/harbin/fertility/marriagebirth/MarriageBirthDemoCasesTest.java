package cn.harbin.fertility.marriagebirth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.support.ApplicationOnH2;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After start-up in the demo profile civil affairs, the hospital and 道里区 find one-stop work. */
@ApplicationOnH2
class MarriageBirthDemoCasesTest {

  @Autowired ApplicationRecords records;
  @Autowired TaskService taskService;

  @Test
  void aCoupleWaitsForCivilAffairsAndACrossProvinceCoupleForTheHospitalAndDaoli() {
    String toRegister = records.liveClaimHolder(MarriageBirthIntake.claimKey(MarriageBirthDemoCases.TO_REGISTER)).orElseThrow();
    String crossProvince = records.liveClaimHolder(MarriageBirthIntake.claimKey(MarriageBirthDemoCases.CROSS_PROVINCE))
        .orElseThrow();

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(toRegister).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_RegisterMarriage");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(crossProvince).list())
        .extracting(task -> task.getTaskDefinitionKey())
        .containsExactlyInAnyOrder("Task_BookPrePregnancyCheck", "Task_IssueBirthRegistration");
  }
}
