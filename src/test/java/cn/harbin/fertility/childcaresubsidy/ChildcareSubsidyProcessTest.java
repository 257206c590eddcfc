package cn.harbin.fertility.childcaresubsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.population.PopulationRecord;
import cn.harbin.fertility.support.TestIdentityNumbers;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of {@code processes/childcare-subsidy.bpmn}, on the application's engine and records. */
@ApplicationOnH2
class ChildcareSubsidyProcessTest {

  private static final LocalDate BORN = LocalDate.of(2025, 3, 14);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ChildcareSubsidyIntake intake;
  @Autowired ApplicationRecords records;
  @Autowired Entitlements entitlements;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  /** As {@link ChildcareSubsidyIntake#submitOnline} starts a case, keeping the instance even when it ends at once. */
  private ProcessInstance submit(TestFamily family) {
    var variables = family.application().toVariables();
    variables.put("channel", "ONLINE");
    return runtimeService.startProcessInstanceByKey("childcare-subsidy", variables);
  }

  private ProcessInstance atDistrictReview(TestFamily family) {
    ProcessInstance instance = submit(family.registerIn(registry, family.birthOrder()));
    assertThat(instance).isWaitingAt("Task_DistrictReview");
    return instance;
  }

  private ApplicationRecord record(ProcessInstance instance) {
    return records.find(instance.getBusinessKey()).orElseThrow();
  }

  @Test
  void matchingClaimIsReviewedByItsDistrictAndGranted() {
    ProcessInstance instance = atDistrictReview(TestFamily.of("230102", BORN, 2));

    assertThat(task()).hasCandidateGroup("district-health-230102")
        .hasName("区卫健局审核 · " + instance.getBusinessKey() + " 王芳")
        .hasDescription("申请编号 " + instance.getBusinessKey() + "　申请人 王芳　户籍所在地 道里区");
    assertThat(task().getDueDate()).isNotNull();
    assertThat(instance).variables().containsEntry("entitlementSummary",
        "每月500.00元，自2025-03至2028-02，共36个月，合计18000.00元");
    BpmnAwareTests.complete(task(), withVariables("reviewDecision", "approve"));

    assertThat(instance).isEnded().hasPassed("Task_RecordEntitlement").hasPassed("EndEvent_EntitlementGranted");
    assertThat(record(instance).status()).isEqualTo(ApplicationRecord.Status.GRANTED);
    assertThat(record(instance).outcomeReasonZh()).contains("每月500.00元");
    assertThat(entitlements.periodsOf(instance.getBusinessKey())).hasSize(36)
        .allSatisfy(period -> assertThat(period.amount()).isEqualTo(new BigDecimal("500.00")));
  }

  @Test
  void reviewerRejectsWithAReasonAndTheChildMayBeClaimedAgain() {
    TestFamily family = TestFamily.of("230103", BORN, 3);
    ProcessInstance instance = atDistrictReview(family);
    assertThat(task()).hasCandidateGroup("district-health-230103");

    BpmnAwareTests.complete(task(), withVariables("reviewDecision", "reject", "rejectionReasonZh", "出生医学证明与申报不符"));

    assertThat(instance).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(record(instance).status()).isEqualTo(ApplicationRecord.Status.REJECTED);
    assertThat(record(instance).outcomeReasonZh()).isEqualTo("出生医学证明与申报不符");
    assertThat(submit(family)).isWaitingAt("Task_DistrictReview");
  }

  @Test
  void registryMismatchGoesToPublicSecurityWhichConfirms() {
    TestFamily family = TestFamily.of("230102", BORN, 2);
    ProcessInstance instance = submit(family.registerIn(registry, 3));

    assertThat(instance).isWaitingAt("Task_VerifyHouseholdRegistration")
        .variables().containsEntry("registryCheck", "MISMATCH").containsEntry("registryFindings", "申报孩次为2，户籍登记为3");
    assertThat(task()).hasCandidateGroup("public-security");
    BpmnAwareTests.complete(task(), withVariables("verificationOutcome", "confirmed"));

    assertThat(instance).isWaitingAt("Task_DistrictReview");
  }

  @Test
  void publicSecurityCorrectsBirthOrderAndDivisionSoTheRightDistrictReviewsTheRightAmount() {
    ProcessInstance instance = submit(TestFamily.of("230102", BORN, 2));
    assertThat(instance).isWaitingAt("Task_VerifyHouseholdRegistration").variables()
        .containsEntry("registryCheck", "NO_RECORD");

    BpmnAwareTests.complete(task(), withVariables("verificationOutcome", "corrected", "birthOrder", 3L,
        "divisionCode", "230103"));

    assertThat(instance).isWaitingAt("Task_DistrictReview");
    assertThat(task()).hasCandidateGroup("district-health-230103");
    assertThat(instance).variables().containsEntry("entitlementSummary",
        "每月1000.00元，自2025-03至2028-02，共36个月，合计36000.00元");
    assertThat(record(instance).divisionCode()).isEqualTo("230103");
  }

  @Test
  void aCorrectionThatIsNoBirthOrderIsRefusedAndTheTaskStays() {
    ProcessInstance instance = submit(TestFamily.of("230102", BORN, 2));
    assertThat(instance).isWaitingAt("Task_VerifyHouseholdRegistration");
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("verificationOutcome", "corrected",
        "birthOrder", "二", "divisionCode", "110105"))).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("孩次").hasMessageContaining("哈尔滨市所辖18个");

    assertThat(instance).isWaitingAt("Task_VerifyHouseholdRegistration");
  }

  @Test
  void aGuardianIsVerifiedByPublicSecurityEvenWhenTheRegistryOtherwiseMatches() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);
    String grandmother = TestIdentityNumbers.of("230102", LocalDate.of(1960, 2, 2));
    registry.saveAll(List.of(new PopulationRecord(grandmother, "李秀兰", "230102", null, null, null,
        LocalDate.of(1960, 2, 2), "TEST")));
    ChildcareSubsidyApplication application = family.application();
    var variables = new ChildcareSubsidyApplication("李秀兰", grandmother, "13700451234", "GUARDIAN", "230102",
        application.childName(), application.childIdNumber(), BORN, 2, null, null, "中国银行", "6217001234567890")
        .toVariables();

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("childcare-subsidy", variables);

    assertThat(instance).isWaitingAt("Task_VerifyHouseholdRegistration").variables()
        .containsEntry("registryCheck", "MISMATCH");
    assertThat((String) runtimeService.getVariable(instance.getId(), "registryFindings")).contains("监护");
  }

  @Test
  void anUnreadableCounterFormStartsNothing() {
    var variables = TestFamily.of("230102", BORN, 2).application().toVariables();
    variables.put("birthOrder", "二");
    variables.put("childBirthDate", "14.03.2025");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("childcare-subsidy", variables))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("孩次应为整数")
        .hasMessageContaining("2025-03-14");
  }

  @Test
  void publicSecurityRefutesTheClaim() {
    ProcessInstance instance = submit(TestFamily.of("230102", BORN, 2));
    assertThat(instance).isWaitingAt("Task_VerifyHouseholdRegistration");

    BpmnAwareTests.complete(task(), withVariables("verificationOutcome", "refuted", "rejectionReasonZh", "该子女户籍不在本市"));

    assertThat(instance).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_DistrictReview");
    assertThat(record(instance).outcomeReasonZh()).isEqualTo("该子女户籍不在本市");
  }

  @Test
  void aFourthChildIsRejectedByTheRulesWithoutATask() {
    TestFamily family = TestFamily.of("230102", BORN, 4);
    ProcessInstance instance = submit(family.registerIn(registry, 4));

    assertThat(instance).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_DistrictReview");
    assertThat(record(instance).outcomeReasonZh()).contains("第4孩", "§3.4.2a");
    assertThat(record(instance).outcomeReasonEn()).contains("child number 4");
  }

  @Test
  void materialSuppliedBringsTheCaseBackToReview() {
    ProcessInstance instance = atDistrictReview(TestFamily.of("230102", BORN, 2));

    BpmnAwareTests.complete(task(), withVariables("reviewDecision", "requestMaterial", "missingMaterial", "出生医学证明复印件"));
    assertThat(instance).isWaitingAt("Task_AwaitMaterial");
    runtimeService.createMessageCorrelation("childcare-subsidy-material-supplied")
        .processInstanceBusinessKey(instance.getBusinessKey()).correlate();

    assertThat(instance).isWaitingAt("Task_DistrictReview");
  }

  @Test
  void materialDeadlinePassedClosesTheCase() {
    ProcessInstance instance = atDistrictReview(TestFamily.of("230102", BORN, 2));
    BpmnAwareTests.complete(task(), withVariables("reviewDecision", "requestMaterial", "missingMaterial", "出生医学证明复印件"));

    assertThat(job("Timer_MaterialDeadline")).isNotNull();
    execute(job("Timer_MaterialDeadline"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ClosedMaterialMissing");
    assertThat(record(instance).status()).isEqualTo(ApplicationRecord.Status.CLOSED);
    assertThat(record(instance).outcomeReasonZh()).contains("出生医学证明复印件");
  }

  @Test
  void applicantWithdrawsBeforeTheDecision() {
    ProcessInstance instance = atDistrictReview(TestFamily.of("230102", BORN, 2));

    runtimeService.createMessageCorrelation("childcare-subsidy-withdrawn")
        .processInstanceBusinessKey(instance.getBusinessKey()).correlate();

    assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(record(instance).status()).isEqualTo(ApplicationRecord.Status.WITHDRAWN);
  }

  @Test
  void overdueReviewIsEscalatedAndStaysOpen() {
    ProcessInstance instance = atDistrictReview(TestFamily.of("230102", BORN, 2));

    execute(job("Timer_ReviewOverdue"));

    assertThat(instance).isWaitingAt("Task_DistrictReview").hasPassed("Task_EscalateReview");
    assertThat(jdbc.sql("SELECT group_id FROM escalation WHERE business_key = :number")
        .param("number", instance.getBusinessKey()).query(String.class).single()).isEqualTo("district-health-230102");
  }

  @Test
  void overdueVerificationIsEscalated() {
    ProcessInstance instance = submit(TestFamily.of("230102", BORN, 2));
    assertThat(instance).isWaitingAt("Task_VerifyHouseholdRegistration");

    execute(job("Timer_VerificationOverdue"));

    assertThat(instance).isWaitingAt("Task_VerifyHouseholdRegistration").hasPassed("EndEvent_VerificationEscalated");
  }

  @Test
  void counterIntakeStartsWithoutANumberAndGetsOne() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("childcare-subsidy", family.application().toVariables());

    String number = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
    assertThat(number).matches("YE-\\d{4}-\\d{6}");
    assertThat(records.find(number).orElseThrow().channel()).isEqualTo(ApplicationRecord.Channel.COUNTER);
  }

  @Test
  void anInvalidCounterApplicationStartsNothing() {
    TestFamily family = TestFamily.of("230102", BORN, 2);
    var variables = family.application().toVariables();
    variables.put("childIdNumber", "230102202503140000");
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("childcare-subsidy").count();

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("childcare-subsidy", variables))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("子女身份证号码");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("childcare-subsidy").count())
        .isEqualTo(before);
  }

  @Test
  void aSecondClaimForALiveChildIsRefusedButTheSameSubmissionIsRecognised() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);
    CaseIntake.Submission first = intake.submitOnline(family.application());

    assertThat(intake.submitOnline(family.application())).isEqualTo(
        new CaseIntake.Submission(first.applicationNumber(), false));
    ChildcareSubsidyApplication byTheFather = new ChildcareSubsidyApplication("张伟", family.father(), "13900451234",
        "FATHER", "230102", "张小明", family.child(), BORN, 2, "王芳", family.mother(), "中国银行", "6217001234567890");
    assertThatThrownBy(() -> intake.submitOnline(byTheFather)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("同一子女只能有一项有效申请").hasMessageNotContaining(first.applicationNumber());
    var atTheCounter = byTheFather.toVariables();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("childcare-subsidy", atTheCounter))
        .isInstanceOf(ConflictException.class);
  }
}
