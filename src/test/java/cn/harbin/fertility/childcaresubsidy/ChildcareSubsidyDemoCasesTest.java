package cn.harbin.fertility.childcaresubsidy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.TimeConfiguration;
import java.time.YearMonth;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.support.ApplicationOnH2;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After start-up in the demo profile every demo caseworker finds work. */
@ApplicationOnH2
class ChildcareSubsidyDemoCasesTest {

  @Autowired ApplicationRecords records;
  @Autowired TaskService taskService;
  @Autowired Entitlements entitlements;
  @Autowired ChildcareSubsidyDemoCases demoCases;

  private String numberOf(ChildcareSubsidyApplication application) {
    return records.liveClaimHolder(ChildcareSubsidyIntake.claimKey(application)).orElseThrow();
  }

  private Task taskOf(ChildcareSubsidyApplication application) {
    return taskService.createTaskQuery().processInstanceBusinessKey(numberOf(application)).singleResult();
  }

  @Test
  void casesWaitAtBothDistrictsAndAtPublicSecurity() {
    assertThat(taskOf(ChildcareSubsidyDemoCases.DAOLI_REVIEW).getTaskDefinitionKey()).isEqualTo("Task_DistrictReview");
    assertThat(taskService.getIdentityLinksForTask(taskOf(ChildcareSubsidyDemoCases.DAOLI_REVIEW).getId()))
        .anyMatch(link -> "district-health-230102".equals(link.getGroupId()));
    assertThat(taskService.getIdentityLinksForTask(taskOf(ChildcareSubsidyDemoCases.NANGANG_REVIEW).getId()))
        .anyMatch(link -> "district-health-230103".equals(link.getGroupId()));
    assertThat(taskOf(ChildcareSubsidyDemoCases.REGISTRY_MISMATCH).getTaskDefinitionKey())
        .isEqualTo("Task_VerifyHouseholdRegistration");
  }

  @Test
  void oneCaseIsGrantedAndPaidUpToThisMonth() {
    String granted = numberOf(ChildcareSubsidyDemoCases.GRANTED);
    assertThat(records.find(granted).orElseThrow().status()).isEqualTo(ApplicationRecord.Status.GRANTED);
    String thisMonth = YearMonth.now(TimeConfiguration.HARBIN).toString();
    assertThat(entitlements.periodsOf(granted)).hasSize(36)
        .allSatisfy(period -> assertThat(period.status())
            .isEqualTo(period.period().compareTo(thisMonth) <= 0 ? "PAID" : "DUE"));
  }

  @Test
  void aRestartAddsNoSecondSetOfCases() {
    String before = numberOf(ChildcareSubsidyDemoCases.DAOLI_REVIEW);
    demoCases.createOnce();
    assertThat(numberOf(ChildcareSubsidyDemoCases.DAOLI_REVIEW)).isEqualTo(before);
  }
}
