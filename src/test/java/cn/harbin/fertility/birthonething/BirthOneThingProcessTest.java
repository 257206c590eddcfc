package cn.harbin.fertility.birthonething;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyApplication;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The paths of {@code processes/birth-one-thing.bpmn}, on the application's engine, rules and records. */
@ApplicationOnH2
class BirthOneThingProcessTest {

  /** Three weeks old: every scheme still open, the insurance reminder not yet due. */
  private static final LocalDate BORN = LocalDate.now(TimeConfiguration.HARBIN).minusDays(20);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired BirthOneThingIntake intake;
  @Autowired ApplicationRecords records;
  @Autowired BirthSchemeResults results;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired Entitlements entitlements;
  @Autowired Disbursements disbursements;
  @Autowired Certificates certificates;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void aThirdChildWithANewFlatInDaoliOpensEverySchemeAndEndsInOneNotice() {
    ProcessInstance instance = submit(TestFamily.of("230102", BORN, 3), "230102", true);

    assertThat(instance).isWaitingAt("CallActivity_CityChildcareSubsidy", "CallActivity_NationalSubsidy",
        "CallActivity_HomePurchase", "CallActivity_NewbornInsurance", "CallActivity_ProvidentFund",
        "CallActivity_PublicRental");
    assertThat(calledProcessInstance("provident-fund-loan", instance)).isWaitingAt("Task_ProvidentFundConfirmation")
        .hasBusinessKey(instance.getBusinessKey());
    assertThat(task(instance, "Task_NationalSubsidyReview")).hasCandidateGroup("district-health-230102");
    assertThat(task(instance, "Task_HomePurchaseVerification")).hasCandidateGroup("housing");
    assertThat(task(instance, "Task_NewbornInsurance")).hasCandidateGroup("medical-insurance");
    assertThat(task(instance, "Task_NewbornInsurance").getDueDate().toInstant()
        .atZone(TimeConfiguration.HARBIN).toLocalDate()).isEqualTo(BORN.plusDays(90));
    assertThat(task(instance, "Task_ProvidentFundConfirmation")).hasCandidateGroup("provident-fund");
    assertThat((String) runtimeService.getVariable(instance.getId(), "schemesAssessment"))
        .contains("购房补贴（§3.4.2b）：符合条件", "个人所得税专项附加扣除（§3.4.2e）：告知，3岁以下婴幼儿照护");

    ProcessInstance city = calledProcessInstance("childcare-subsidy", instance);
    assertThat(city).isWaitingAt("Task_DistrictReview");
    taskService.complete(taskService.createTaskQuery().processInstanceId(city.getId()).singleResult().getId(),
        Map.of("reviewDecision", "approve"));
    complete(instance, "Task_NationalSubsidyReview", Map.of("nationalDecision", "APPROVED"));
    complete(instance, "Task_HomePurchaseVerification", Map.of("homePurchaseDecision", "APPROVED"));
    complete(instance, "Task_NewbornInsurance", Map.of("insurancePaidOn", BORN.plusDays(30).toString()));
    complete(instance, "Task_ProvidentFundConfirmation", Map.of("providentFundDecision", "APPROVED"));
    complete(instance, "Task_PublicRentalPriority", Map.of("publicRentalDecision", "APPROVED",
        "publicRentalNote", "多子女家庭优先组"));

    assertThat(instance).isEnded().hasPassed("Task_CombinedNotice", "EndEvent_Notified");
    assertThat(endOf(instance, "national-childcare-subsidy")).isEqualTo("EndEvent_Granted");
    assertThat(endOf(instance, "home-purchase-subsidy")).isEqualTo("EndEvent_Granted");
    assertThat(endOf(instance, "newborn-medical-insurance")).isEqualTo("EndEvent_Recorded");
    assertThat(endOf(instance, "provident-fund-loan")).isEqualTo("EndEvent_Confirmed");
    assertThat(endOf(instance, "public-rental-housing")).isEqualTo("EndEvent_Prioritised");
    ApplicationRecord record = records.find(instance.getBusinessKey()).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationRecord.Status.GRANTED);
    assertThat(record.outcomeReasonZh()).contains("市级育儿补贴（§3.4.2a）：已批准", "国家育儿补贴（育儿补贴制度 2025）：已批准",
        "购房补贴（§3.4.2b）：已批准", "一次性发放", "新生儿参加居民医保（§3.4.1）：已参保，已于" + BORN.plusDays(30)
            + "参保缴费，自" + BORN + "起", "住房公积金贷款（§3.4.2c）：已批准", "公租房优先配租（§3.4.2d）：已批准，已纳入公租房优先配租范围：多子女家庭优先组",
        "个人所得税专项附加扣除（§3.4.2e）：告知");
    Certificate certificate = certificates.of(instance.getBusinessKey(), "provident-fund-loan").orElseThrow();
    assertThat(certificate.parents()).extracting(Certificate.Parent::maskedIdNumber)
        .allMatch(masked -> masked.matches("\\d{4}\\*{10}\\d{3}[\\dX]")).hasSize(2);
    assertThat(certificate.statementZh()).contains("第3个子女", "§3.4.2c", "连续足额缴存满6个月");
    assertThat(record.outcomeReasonZh()).as("the notice names the certificate")
        .contains("证明编号 " + certificate.printedCode());
    assertThat(notices(instance)).anyMatch(notice -> notice.contains("已办结") && notice.contains("购房补贴"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE application_number = :number AND phone IS NULL")
        .param("number", instance.getBusinessKey()).query(Long.class).single()).as("every message has its phone")
        .isZero();
  }

  @Test
  void aFirstChildGetsTheNationalSubsidyTheInsuranceAndTheTaxInformationOnly() {
    ProcessInstance instance = submit(TestFamily.of("230103", BORN, 1), null, false);

    assertThat(instance).isWaitingAt("CallActivity_NationalSubsidy", "CallActivity_NewbornInsurance")
        .isNotWaitingAt("CallActivity_CityChildcareSubsidy", "CallActivity_HomePurchase",
            "CallActivity_ProvidentFund", "CallActivity_PublicRental");
    assertThat(results.of(instance.getBusinessKey())).filteredOn(result -> result.result().equals("NOT_APPLICABLE"))
        .extracting(BirthSchemeResults.SchemeResult::explanationZh)
        .hasSize(4).anyMatch(reason -> reason.contains("育儿补贴发放给按政策生育第二、三个子女"))
        .anyMatch(reason -> reason.contains("购房补贴发放给按政策生育第二、三个子女"))
        .anyMatch(reason -> reason.contains("第二个及以上子女"));

    complete(instance, "Task_NationalSubsidyReview", Map.of("nationalDecision", "REFUSED",
        "nationalNote", "户籍信息与申报不符"));
    complete(instance, "Task_NewbornInsurance", Map.of());
    assertThat(instance).isEnded();
    assertThat(endOf(instance, "national-childcare-subsidy")).isEqualTo("EndEvent_Refused");
    ApplicationRecord record = records.find(instance.getBusinessKey()).orElseThrow();
    assertThat(record.status()).as("nothing was given").isEqualTo(ApplicationRecord.Status.REJECTED);
    assertThat(record.outcomeReasonZh()).contains("国家育儿补贴（育儿补贴制度 2025）：不予批准，户籍信息与申报不符",
        "新生儿参加居民医保（§3.4.1）：未参保");
  }

  @Test
  void aFlatInACountyGetsNoHomePurchaseSubsidyAndOneRefusalBlocksNoOtherScheme() {
    ProcessInstance instance = submit(TestFamily.of("230102", BORN, 2), "230125", false);

    assertThat(instance).isNotWaitingAt("CallActivity_HomePurchase");
    assertThat(results.of(instance.getBusinessKey())).filteredOn(result -> result.scheme().equals("home-purchase-subsidy"))
        .singleElement().extracting(BirthSchemeResults.SchemeResult::explanationZh).asString()
        .contains("不在哈尔滨市九城区内", "230125");
    complete(instance, "Task_ProvidentFundConfirmation", Map.of("providentFundDecision", "REFUSED",
        "providentFundNote", "未连续缴存"));
    assertThat(certificates.ofApplication(instance.getBusinessKey())).as("no certificate for a refusal").isEmpty();
    assertThat(endOf(instance, "provident-fund-loan")).isEqualTo("EndEvent_Refused");
    assertThat(instance).isWaitingAt("CallActivity_CityChildcareSubsidy", "CallActivity_NationalSubsidy",
        "CallActivity_NewbornInsurance");
  }

  @Test
  void theNationalAndHomePurchaseSubsidiesArePaidThroughTheDisbursementEachPeriodOnce() {
    ProcessInstance instance = submit(TestFamily.of("230110", BORN, 3), "230110", false);
    complete(instance, "Task_NationalSubsidyReview", Map.of("nationalDecision", "APPROVED"));
    complete(instance, "Task_HomePurchaseVerification", Map.of("homePurchaseDecision", "APPROVED"));

    List<Entitlements.Period> periods = entitlements.periodsOf(instance.getBusinessKey());
    assertThat(periods).filteredOn(period -> period.amount().compareTo(new BigDecimal("300")) == 0).hasSize(36);
    assertThat(periods).filteredOn(period -> period.amount().compareTo(new BigDecimal("20000")) == 0).hasSize(1);

    YearMonth now = YearMonth.now(TimeConfiguration.HARBIN);
    long monthsOwed = periods.stream().filter(period -> period.amount().compareTo(new BigDecimal("300")) == 0)
        .filter(period -> !YearMonth.parse(period.period()).isAfter(now)).count();
    assertThat(paidTo(instance, disbursements.collect("home-purchase-subsidy", now))).isEqualByComparingTo("20000");
    assertThat(paidTo(instance, disbursements.collect("national-childcare-subsidy", now)))
        .isEqualByComparingTo(new BigDecimal(300 * monthsOwed));
    assertThat(paidTo(instance, disbursements.collect("home-purchase-subsidy", now))).as("never twice")
        .isEqualByComparingTo("0");
    assertThat(paidTo(instance, disbursements.collect("national-childcare-subsidy", now))).as("never twice")
        .isEqualByComparingTo("0");
  }

  /**
   * The home-purchase subsidy is paid, and its entitlement ends, while the other bureaus are still at work: the
   * child's claim stays with the open case until it is decided, then goes; a later application finds the subsidy
   * already granted.
   */
  @Test
  void theHomePurchaseSubsidyIsPaidOncePerChild() {
    TestFamily family = TestFamily.of("230111", BORN, 2);
    ProcessInstance instance = submit(family, "230111", false);
    complete(instance, "Task_HomePurchaseVerification", Map.of("homePurchaseDecision", "APPROVED"));
    Disbursements.Batch batch = disbursements.collect("home-purchase-subsidy", YearMonth.now(TimeConfiguration.HARBIN));
    disbursements.approveForExport(batch.id(), "finance");
    disbursements.confirm(batch.id(), Map.of(), "finance");
    assertThat(paidTo(instance, batch)).as("a 2nd child's").isEqualByComparingTo("15000");

    assertThatThrownBy(() -> intake.submitOnline(application(family.application("13900000002"), "230111", false)))
        .as("the case is still open").isInstanceOf(ConflictException.class);

    ProcessInstance city = calledProcessInstance("childcare-subsidy", instance);
    taskService.complete(taskService.createTaskQuery().processInstanceId(city.getId()).singleResult().getId(),
        Map.of("reviewDecision", "reject", "rejectionReasonZh", "测试：不予批准"));
    complete(instance, "Task_NationalSubsidyReview", Map.of("nationalDecision", "REFUSED", "nationalNote", "测试"));
    complete(instance, "Task_NewbornInsurance", Map.of("insurancePaidOn", BORN.plusDays(30).toString()));
    complete(instance, "Task_ProvidentFundConfirmation", Map.of("providentFundDecision", "REFUSED",
        "providentFundNote", "未连续缴存"));
    assertThat(instance).isEnded();
    assertThat(records.find(instance.getBusinessKey()).orElseThrow().status())
        .isEqualTo(ApplicationRecord.Status.GRANTED);

    String again = intake.submitOnline(application(family.application("13900000003"), "230111", false))
        .applicationNumber();
    assertThat(results.of(again)).filteredOn(result -> result.scheme().equals("home-purchase-subsidy"))
        .singleElement().satisfies(result -> {
          assertThat(result.result()).isEqualTo("NOT_APPLICABLE");
          assertThat(result.explanationZh()).contains(instance.getBusinessKey(), "只发放一次");
        });
  }

  @Test
  void theFamilyIsRemindedOfTheInsuranceOnDay60() {
    ProcessInstance instance = submit(TestFamily.of("230104", BORN, 1), null, false);

    ProcessInstance insurance = calledProcessInstance("newborn-medical-insurance", instance);
    assertThat(job("Timer_InsuranceReminder", insurance).getDuedate().toInstant().atZone(TimeConfiguration.HARBIN)
        .toLocalDate()).isEqualTo(BORN.plusDays(60));
    execute(job("Timer_InsuranceReminder", insurance));
    assertThat(insurance).hasPassed("Task_RemindInsurance", "EndEvent_Reminded").isWaitingAt("Task_NewbornInsurance");
    assertThat(notices(instance)).anyMatch(notice -> notice.contains("90日内参加居民医保"));
  }

  @Test
  void oneApplicationPerChildAndABadHomeDeclarationLeavesNoTrace() {
    TestFamily family = TestFamily.of("230108", BORN, 2).registerIn(registry, 2);
    intake.submitOnline(application(family.application(), null, false));
    assertThatThrownBy(() -> intake.submitOnline(application(family.application("13900000001"), null, false)))
        .isInstanceOf(ConflictException.class);

    TestFamily other = TestFamily.of("230109", BORN, 2);
    long before = jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    assertThatThrownBy(() -> intake.submitOnline(new BirthOneThingApplication("王芳", other.mother(), "13800451234",
        "MOTHER", "230109", "张小明", other.child(), BORN, 2, null, null, "中国工商银行哈尔滨分行", "6222021234567890123",
        "HF-1", "999999", BORN.plusDays(3), false)))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isEqualTo(before);
  }

  private ProcessInstance submit(TestFamily family, String homeDivision, boolean rentalQualified) {
    family.registerIn(registry, family.birthOrder());
    String number = intake.submitOnline(application(family.application(), homeDivision, rentalQualified))
        .applicationNumber();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("birth-one-thing")
        .processInstanceBusinessKey(number).singleResult();
  }

  private static BirthOneThingApplication application(ChildcareSubsidyApplication family, String homeDivision,
      boolean rentalQualified) {
    return new BirthOneThingApplication(family.applicantName(), family.applicantIdNumber(), family.applicantPhone(),
        family.applicantRelationship(), family.divisionCode(), family.childName(), family.childIdNumber(),
        family.childBirthDate(), family.birthOrder(), family.otherParentName(), family.otherParentIdNumber(),
        family.bankName(), family.bankAccount(), homeDivision == null ? null : "HF2026-" + family.childIdNumber(),
        homeDivision, homeDivision == null ? null : BORN.plusDays(5), rentalQualified);
  }

  /** What a batch pays this case's entitlements. */
  private BigDecimal paidTo(ProcessInstance instance, Disbursements.Batch batch) {
    return jdbc.sql("""
            SELECT COALESCE(SUM(p.amount), 0) FROM payment p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE p.batch_id = :batch AND e.application_number = :number""")
        .param("batch", batch.id()).param("number", instance.getBusinessKey()).query(BigDecimal.class).single();
  }

  /** A task of the case, in whichever of its processes it waits. */
  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).taskDefinitionKey(key)
        .singleResult();
  }

  /** Where the scheme's process called by the case ended. */
  private String endOf(ProcessInstance instance, String scheme) {
    return historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey(scheme).singleResult().getEndActivityId();
  }

  private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
    taskService.complete(task(instance, key).getId(), variables);
  }

  private List<String> notices(ProcessInstance instance) {
    return jdbc.sql("SELECT message_zh FROM notification WHERE application_number = :number")
        .param("number", instance.getBusinessKey()).query(String.class).list();
  }
}
