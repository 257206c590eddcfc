package cn.harbin.fertility.specialfamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.EngineRestClient;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of {@code processes/special-family-assistance.bpmn}, on the application's engine and records. */
@ApplicationOnH2
class SpecialFamilyProcessTest {

  private static final List<String> SERVICES = List.of("PRIORITY_HOUSING", "MEDICAL_GREEN_CHANNEL", "CARE_VISITS");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired SpecialFamilyIntake intake;
  @Autowired SpecialFamilyObjections objections;
  @Autowired SpecialFamilyServices services;
  @Autowired ApplicationRecords records;
  @Autowired Disbursements disbursements;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  private ProcessInstance submit(SpecialFamilyApplication application) {
    String number = intake.submitOnline(application).applicationNumber();
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
  }

  private ProcessInstance inPublicNotice(SpecialFamilyApplication application) {
    ProcessInstance instance = submit(application);
    assertThat(instance).isWaitingAt("Task_StreetReview");
    assertThat(task()).hasCandidateGroup("street-" + application.divisionCode());
    BpmnAwareTests.complete(task(), withVariables("streetDecision", "approve"));
    assertThat(instance).isWaitingAt("Gateway_PublicNotice");
    return instance;
  }

  private ProcessInstance atDistrictApproval(SpecialFamilyApplication application) {
    ProcessInstance instance = inPublicNotice(application);
    execute(job("Timer_PublicNoticeEnded"));
    assertThat(instance).isWaitingAt("Task_DistrictApproval");
    assertThat(task()).hasCandidateGroup("district-health-" + application.divisionCode());
    return instance;
  }

  private ApplicationRecord record(ProcessInstance instance) {
    return records.find(instance.getBusinessKey()).orElseThrow();
  }

  @Test
  void approvedFamilyReachesEachBureauItAskedAServiceOf() {
    ProcessInstance instance = atDistrictApproval(TestSpecialFamily.bereaved("230102", SERVICES));
    assertThat((String) runtimeService.getVariable(instance.getId(), "schemeSummary"))
        .contains("特别扶助", "每月340.00元", "奖励扶助", "每年600.00元", "护理补贴", "金额待本市标准确定");
    assertThat((String) runtimeService.getVariable(instance.getId(), "familySummary"))
        .contains("钱国强", "半失能", "钱明", "已去世");

    BpmnAwareTests.complete(task(), withVariables("districtDecision", "approve"));

    List<Task> serviceTasks = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("Task_ProvideService").list();
    assertThat(serviceTasks).hasSize(3);
    assertThat(serviceTasks).map(task -> taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("housing", "district-health-230102", "family-planning-association");
    EngineRestClient housing = new EngineRestClient(rest, "housing", DemoUsers.PASSWORD);
    EngineRestClient careVisits = new EngineRestClient(rest, "familyplanning", DemoUsers.PASSWORD);
    String ofThisCase = "/engine-rest/task?processInstanceId=" + instance.getId();
    assertThat(housing.ids(ofThisCase)).hasSize(1);
    assertThat(careVisits.ids(ofThisCase)).hasSize(1).doesNotContainAnyElementsOf(housing.ids(ofThisCase));

    for (Task service : serviceTasks) {
      boolean housingTask = "PRIORITY_HOUSING".equals(taskService.getVariable(service.getId(), "service"));
      taskService.complete(service.getId(), housingTask
          ? Map.of("serviceOutcome", "REFUSED", "serviceNote", "暂无可分配的保障性住房，已登记轮候")
          : Map.of("serviceOutcome", "GRANTED"));
    }

    assertThat(instance).isEnded().hasPassed("Task_RecordEntitlements", "EndEvent_Granted");
    assertThat(record(instance).status()).isEqualTo(ApplicationRecord.Status.GRANTED);
    assertThat(services.decisions(instance.getBusinessKey())).extracting(SpecialFamilyServices.Decision::service,
            SpecialFamilyServices.Decision::outcome)
        .containsExactly(tuple("CARE_VISITS", "GRANTED"),
            tuple("MEDICAL_GREEN_CHANNEL", "GRANTED"),
            tuple("PRIORITY_HOUSING", "REFUSED"));
    assertThat(jdbc.sql("SELECT scheme || ':' || frequency || ':' || COALESCE(CAST(amount AS VARCHAR), '-') "
            + "FROM entitlement WHERE application_number = :n ORDER BY scheme, beneficiary_id_number")
        .param("n", instance.getBusinessKey()).query(String.class).list())
        .hasSize(5)
        .contains("nursing-subsidy:MONTHLY:-")
        .filteredOn(row -> row.startsWith("special-assistance")).containsOnly("special-assistance:MONTHLY:340.00");
  }

  @Test
  void grantedBenefitsArePaidByTheSameDisbursementAndTheNursingSubsidyWaitsForItsStandard() {
    ProcessInstance instance = atDistrictApproval(TestSpecialFamily.bereaved("230103", List.of()));
    BpmnAwareTests.complete(task(), withVariables("districtDecision", "approve"));
    assertThat(instance).isEnded();
    YearMonth now = YearMonth.now(TimeConfiguration.HARBIN);

    Disbursements.Batch special = disbursements.collect("special-assistance", now);
    Disbursements.Batch reward = disbursements.collect("reward-assistance", now);
    Disbursements.Batch nursing = disbursements.collect("nursing-subsidy", now);

    assertThat(special.payments()).filteredOn(payment -> payment.applicationNumber().equals(instance.getBusinessKey()))
        .hasSize(2).allSatisfy(payment -> assertThat(payment.amount()).isEqualTo(new BigDecimal("340.00")));
    assertThat(reward.payments()).filteredOn(payment -> payment.applicationNumber().equals(instance.getBusinessKey()))
        .hasSize(2).allSatisfy(payment -> {
          assertThat(payment.amount()).isEqualTo(new BigDecimal("600.00"));
          assertThat(payment.firstPeriod()).isEqualTo(now.getYear() + "-01");
        });
    assertThat(nursing.payments()).noneMatch(payment -> payment.applicationNumber().equals(instance.getBusinessKey()));
  }

  @Test
  void theStreetOfficeTakesAnApplicationAtTheCounter() {
    SpecialFamilyApplication family = TestSpecialFamily.bereaved("230103", List.of("CARE_VISITS"));
    Map<String, Object> form = new HashMap<>(Map.of(
        "applicantName", family.applicantName(), "applicantIdNumber", family.applicantIdNumber(),
        "applicantPhone", family.applicantPhone(), "divisionCode", "230103", "household", "URBAN",
        "parent1Name", "赵淑兰", "parent1IdNumber", family.parents().get(0).idNumber(),
        "parent2Name", "钱国强", "parent2IdNumber", family.parents().get(1).idNumber(), "parent2Dependency", "PARTIAL"));
    form.putAll(Map.of("child1Name", "钱明", "child1BirthDate", "1990-06-06", "child1Sex", "MALE", "child1Deceased", true,
        "serviceCARE_VISITS", true, "bankName", "中国银行", "bankAccount", "6217000100090009011"));

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("special-family-assistance", form);

    String number = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
    assertThat(number).matches("TF-\\d{4}-\\d{6}");
    assertThat(records.find(number).orElseThrow().channel()).isEqualTo(ApplicationRecord.Channel.COUNTER);
    assertThat(instance).isWaitingAt("Task_StreetReview");
    assertThat(task()).hasCandidateGroup("street-230103");
  }

  @Test
  void aStartMessageForAnApplicationThatWasNotJustRecordedOnlineStartsNothing() {
    String running = submit(TestSpecialFamily.bereaved("230102", List.of())).getBusinessKey();

    for (String number : List.of(running, "TF-2026-999999")) {
      assertThatThrownBy(() -> runtimeService.createMessageCorrelation("special-family-assistance-online")
          .processInstanceBusinessKey(number).correlateStartMessage())
          .hasMessageContaining("没有待受理的网上申请");
    }
  }

  @Test
  void theStreetOfficeRejects() {
    ProcessInstance instance = submit(TestSpecialFamily.bereaved("230102", List.of()));
    assertThat(instance).isWaitingAt("Task_StreetReview");

    BpmnAwareTests.complete(task(), withVariables("streetDecision", "reject", "rejectionReasonZh", "经入户核实，其子女健在"));

    assertThat(instance).isEnded().hasPassed("EndEvent_RejectedByStreet");
    assertThat(record(instance).outcomeReasonZh()).isEqualTo("经入户核实，其子女健在");
  }

  @Test
  void anUpheldObjectionEndsTheCase() {
    ProcessInstance instance = inPublicNotice(TestSpecialFamily.bereaved("230102", List.of()));

    objections.lodge(instance.getBusinessKey(), "李明", "13800001111", "申请人另有一子在外地生活");
    assertThat(instance).isWaitingAt("Task_InvestigateObjection");
    assertThat(task()).hasCandidateGroup("street-230102");
    BpmnAwareTests.complete(task(), withVariables("objectionDecision", "upheld", "rejectionReasonZh", "经调查，申请人另有子女健在"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ObjectionUpheld");
    assertThat(record(instance).status()).isEqualTo(ApplicationRecord.Status.REJECTED);
  }

  @Test
  void aDismissedObjectionGoesOnToTheDistrict() {
    ProcessInstance instance = inPublicNotice(TestSpecialFamily.bereaved("230102", List.of()));

    objections.lodge(instance.getBusinessKey(), "李明", "13800001111", "怀疑其子女健在");
    BpmnAwareTests.complete(task(), withVariables("objectionDecision", "dismissed"));

    assertThat(instance).isWaitingAt("Task_DistrictApproval");
    assertThatThrownBy(() -> objections.lodge(instance.getBusinessKey(), "李明", "13800001111", "再次异议"))
        .hasMessageContaining("不在公示期");
  }

  @Test
  void theDistrictRejects() {
    ProcessInstance instance = atDistrictApproval(TestSpecialFamily.bereaved("230102", List.of()));

    BpmnAwareTests.complete(task(), withVariables("districtDecision", "reject", "rejectionReasonZh", "材料不全"));

    assertThat(instance).isEnded().hasPassed("EndEvent_RejectedByDistrict");
  }

  @Test
  void aFamilyThatQualifiesForNothingIsToldWhyWithoutATask() {
    ProcessInstance instance = submit(TestSpecialFamily.ordinary("230102"));

    assertThat(instance).isNull();
    ApplicationRecord decided = records.find(jdbc.sql("SELECT MAX(application_number) FROM application WHERE applicant_name = '孙丽'")
        .query(String.class).single()).orElseThrow();
    assertThat(decided.status()).isEqualTo(ApplicationRecord.Status.REJECTED);
    assertThat(decided.outcomeReasonZh()).contains("特别扶助仅限", "奖励扶助仅限", "护理补贴仅限");
  }

  @Test
  void materialDeadlinePassedClosesTheCaseAndSuppliedMaterialReturnsIt() {
    ProcessInstance closed = submit(TestSpecialFamily.bereaved("230102", List.of()));
    assertThat(closed).isWaitingAt("Task_StreetReview");
    BpmnAwareTests.complete(task(), withVariables("streetDecision", "requestMaterial", "missingMaterial", "死亡证明"));
    execute(job("Timer_MaterialDeadline"));
    assertThat(closed).isEnded().hasPassed("EndEvent_ClosedMaterialMissing");

    ProcessInstance returned = submit(TestSpecialFamily.bereaved("230102", List.of()));
    assertThat(returned).isWaitingAt("Task_StreetReview");
    BpmnAwareTests.complete(task(), withVariables("streetDecision", "requestMaterial", "missingMaterial", "死亡证明"));
    runtimeService.createMessageCorrelation("special-family-assistance-material-supplied")
        .processInstanceBusinessKey(returned.getBusinessKey()).setVariable("suppliedMaterial", "已递交").correlate();
    assertThat(returned).isWaitingAt("Task_StreetReview");
    assertThat(runtimeService.getVariable(returned.getId(), "streetDecision")).isNull();
  }

  @Test
  void theFamilyWithdraws() {
    ProcessInstance instance = inPublicNotice(TestSpecialFamily.bereaved("230102", List.of()));

    runtimeService.createMessageCorrelation("special-family-assistance-withdrawn")
        .processInstanceBusinessKey(instance.getBusinessKey()).correlate();

    assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
  }

  @Test
  void overdueWorkIsEscalatedForEveryBureauStillOnIt() {
    ProcessInstance instance = atDistrictApproval(TestSpecialFamily.bereaved("230102", SERVICES));
    BpmnAwareTests.complete(task(), withVariables("districtDecision", "approve"));

    execute(job("Timer_ServiceOverdue"));

    assertThat(jdbc.sql("SELECT COUNT(*) FROM escalation WHERE business_key = :key").param("key", instance.getBusinessKey())
        .query(Long.class).single()).isEqualTo(3);
  }

  @Test
  void aRefusalWithoutAReasonIsRefusedAndTheTaskStays() {
    ProcessInstance instance = atDistrictApproval(TestSpecialFamily.bereaved("230102", List.of("CARE_VISITS")));
    BpmnAwareTests.complete(task(), withVariables("districtDecision", "approve"));
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("serviceOutcome", "REFUSED")))
        .hasMessageContaining("无法办理时请说明理由");

    assertThat(instance).isWaitingAt("Task_ProvideService");
  }
}
