package cn.harbin.fertility.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.NotFoundException;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.nursery.TestNurseries.TestNursery;
import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.policy.NurserySubsidyParameters;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.population.PopulationRecord;
import cn.harbin.fertility.support.TestIdentityNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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

/**
 * The paths of {@code processes/nursery-operating-subsidy.bpmn}: a month opened, reported in the portal's format,
 * checked, reviewed and accepted as a period of the nursery's entitlement; reminded and lost when not reported.
 * The month is this month (opened early), so that no deadline has passed while the tests run. The database variants
 * run it on H2 and on PostgreSQL.
 */
abstract class NurseryOperatingSubsidyContract {

  private static final YearMonth MONTH = YearMonth.now(TimeConfiguration.HARBIN);
  private static final String HEADER = "身份证号码,姓名,入托起始日期,入托截止日期\n";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TestNurseries testNurseries;
  @Autowired NurseryReportSubmissions submissions;
  @Autowired NurseryReports reports;
  @Autowired Nurseries nurseries;
  @Autowired NurseryMonthChecks checks;
  @Autowired ApplicationRecords records;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired Disbursements disbursements;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  private TestNursery recognisedNursery(String division) {
    return testNurseries.recognised(division, MONTH.minusMonths(3).atDay(1));
  }

  /** A child the registry knows, born on that day. */
  private String registeredChild(LocalDate born) {
    String id = TestIdentityNumbers.of("230102", born);
    registry.saveAll(List.of(new PopulationRecord(id, "小明", "230102", null, null, 1, born, "TEST")));
    return id;
  }

  private static String line(String id, String name) {
    return id + "," + name + "," + MONTH.atDay(1) + "," + MONTH.atEndOfMonth() + "\n";
  }

  private ProcessInstance process(NurseryReports.Report report) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(report.applicationNumber())
        .singleResult();
  }

  private Task review(NurseryReports.Report report) {
    return taskService.createTaskQuery().processInstanceBusinessKey(report.applicationNumber()).singleResult();
  }

  @Test
  void aReportedMonthIsCheckedReviewedAndBecomesAPeriodOfTheNurserysEntitlement() {
    TestNursery nursery = recognisedNursery("230102");
    NurseryReports.Report report = testNurseries.openMonth(nursery, MONTH);
    assertThat(process(report)).isWaitingAt("ReceiveTask_Report");
    assertThat(report.applicationNumber()).startsWith("TB-");

    String known = registeredChild(MONTH.atDay(1).minusYears(1));
    String unknown = TestIdentityNumbers.of("230102", MONTH.atDay(1).minusYears(2));
    String threeOnTheFirst = registeredChild(MONTH.atDay(1).minusYears(3));
    submissions.submit(nursery.contactIdNumber(), nursery.contactPhone(), nursery.creditCode(), MONTH,
        HEADER + line(known, "小明") + line(unknown, "小红") + line(threeOnTheFirst, "小刚"));

    assertThat(process(report)).isWaitingAt("Task_DistrictReview");
    assertThat(review(report)).hasCandidateGroup("district-health-230102");
    assertThat((String) runtimeService.getVariable(process(report).getId(), "reviewSummary"))
        .contains("报送3名儿童，其中1名核查无误", "第3行 小红", "人口信息库中查无此儿童", "（可确认计入）", "第4行 小刚", "已满3周岁");

    taskService.complete(review(report).getId(), Map.of("reportDecision", "ACCEPT", "confirmedLines", "3, 4"));
    assertThat(process(report)).isNull();
    NurseryReports.Report accepted = reports.find(report.applicationNumber()).orElseThrow();
    assertThat(accepted.status()).isEqualTo(NurseryReports.Status.ACCEPTED);
    assertThat(accepted.countedChildren()).as("the age limit is not the district's to confirm").isEqualTo(2);
    assertThat(accepted.amount()).isEqualByComparingTo("400");
    assertThat(records.find(report.applicationNumber()).orElseThrow().status())
        .isEqualTo(ApplicationRecord.Status.GRANTED);
    assertThat(periodsOf(nursery)).containsExactly(Map.entry(MONTH.toString(), new BigDecimal("400.00")));
  }

  @Test
  void theSameChildReportedByTwoNurseriesCountsOnceCityWide() {
    TestNursery daoli = recognisedNursery("230102");
    TestNursery nangang = recognisedNursery("230103");
    NurseryReports.Report daoliMonth = testNurseries.openMonth(daoli, MONTH);
    NurseryReports.Report nangangMonth = testNurseries.openMonth(nangang, MONTH);
    String child = registeredChild(MONTH.atDay(1).minusMonths(20));
    submissions.submit(daoli.contactIdNumber(), daoli.contactPhone(), daoli.creditCode(), MONTH,
        HEADER + line(child, "小明"));
    submissions.submit(nangang.contactIdNumber(), nangang.contactPhone(), nangang.creditCode(), MONTH,
        HEADER + line(child, "小明"));
    assertThat(review(nangangMonth)).hasCandidateGroup("district-health-230103");
    assertThat((String) runtimeService.getVariable(process(nangangMonth).getId(), "reviewSummary"))
        .contains("本月另有托育机构报送该儿童");
    assertThat((String) runtimeService.getVariable(process(daoliMonth).getId(), "reviewSummary"))
        .as("the review of the nursery that reported first is told too").contains("本月另有托育机构报送该儿童");

    taskService.complete(review(daoliMonth).getId(), Map.of("reportDecision", "ACCEPT", "confirmedLines", "2"));
    taskService.complete(review(nangangMonth).getId(), Map.of("reportDecision", "ACCEPT", "confirmedLines", "2"));
    assertThat(reports.find(daoliMonth.applicationNumber()).orElseThrow().countedChildren()).isEqualTo(1);
    assertThat(reports.find(nangangMonth.applicationNumber()).orElseThrow().countedChildren())
        .as("counted at 道里区 already").isZero();
    assertThat(periodsOf(nangang)).isEmpty();
  }

  @Test
  void aMonthRejectedAsAWholeCountsNoChildAndGivesItsReason() {
    TestNursery nursery = recognisedNursery("230110");
    NurseryReports.Report report = testNurseries.openMonth(nursery, MONTH);
    String child = registeredChild(MONTH.atDay(1).minusYears(1));
    submissions.submit(nursery.contactIdNumber(), nursery.contactPhone(), nursery.creditCode(), MONTH,
        HEADER + line(child, "小明"));
    ProcessInstance instance = process(report);
    taskService.complete(review(report).getId(), Map.of("reportDecision", "REJECT",
        "reviewNote", "现场核查时该儿童未在园"));
    assertThat(instance).isEnded().hasPassed("EndEvent_MonthRejected");
    assertThat(reports.find(report.applicationNumber()).orElseThrow().status())
        .isEqualTo(NurseryReports.Status.REJECTED);
    assertThat(records.find(report.applicationNumber()).orElseThrow().outcomeReasonZh())
        .contains("现场核查时该儿童未在园");
    assertThat(periodsOf(nursery)).isEmpty();
  }

  @Test
  void aWithdrawalDatedBackEndsTheMonthsItNoLongerCoversThatAreStillAwaited() {
    TestNursery nursery = recognisedNursery("230108");
    NurseryReports.Report covered = testNurseries.openMonth(nursery, MONTH.minusMonths(1));
    NurseryReports.Report awaited = testNurseries.openMonth(nursery, MONTH);
    ProcessInstance month = process(awaited);

    String recognition = nurseries.find(nursery.creditCode()).orElseThrow().applicationNumber();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(recognition).singleResult().getId(),
        Map.of("annualDecision", "WITHDRAW", "withdrawnFrom", MONTH.atDay(1).toString()));

    assertThat(reports.find(covered.applicationNumber()).orElseThrow().status()).as("the month before, still covered")
        .isEqualTo(NurseryReports.Status.AWAITED);
    assertThat(reports.find(awaited.applicationNumber()).orElseThrow().status())
        .isEqualTo(NurseryReports.Status.WITHDRAWN);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(month.getId()).count())
        .as("the month's case").isZero();
    assertThat(records.find(awaited.applicationNumber()).orElseThrow().outcomeReasonZh()).contains("撤销", "无需报送");
  }

  @Test
  void aRecognitionIsWithdrawnOnlyAfterItsFirstDayAndAfterTheMonthsAccepted() {
    TestNursery nursery = recognisedNursery("230111");
    NurseryReports.Report report = testNurseries.openMonth(nursery, MONTH);
    submissions.submit(nursery.contactIdNumber(), nursery.contactPhone(), nursery.creditCode(), MONTH,
        HEADER + line(registeredChild(MONTH.atDay(1).minusYears(1)), "小明"));
    assertThatThrownBy(() -> taskService.complete(review(report).getId(), Map.of("reportDecision", "ACCEPT",
        "confirmedLines", "99999999999"))).hasMessageContaining("确认计入的行号应为数字");
    taskService.complete(review(report).getId(), Map.of("reportDecision", "ACCEPT"));

    String recognition = nurseries.find(nursery.creditCode()).orElseThrow().applicationNumber();
    String annualReview = taskService.createTaskQuery().processInstanceBusinessKey(recognition).singleResult().getId();
    assertThatThrownBy(() -> taskService.complete(annualReview, Map.of("annualDecision", "WITHDRAW",
        "withdrawnFrom", MONTH.minusMonths(3).atDay(1).toString()))).hasMessageContaining("应晚于认定生效日期");
    assertThatThrownBy(() -> taskService.complete(annualReview, Map.of("annualDecision", "WITHDRAW",
        "withdrawnFrom", MONTH.atDay(20).toString()))).hasMessageContaining("应晚于已核定的最后一个月份 " + MONTH);
    taskService.complete(annualReview, Map.of("annualDecision", "WITHDRAW",
        "withdrawnFrom", MONTH.plusMonths(1).atDay(1).toString()));
    assertThat(nurseries.find(nursery.creditCode()).orElseThrow().recognisedTo()).isEqualTo(MONTH.atEndOfMonth());
  }

  @Test
  void aRecognitionFromAPastDayOpensTheMonthsThatMayStillBeReported() {
    YearMonth lastMonth = MONTH.minusMonths(1);
    TestNursery nursery = testNurseries.recognised("230112", lastMonth.atDay(1));
    boolean stillOpen = !LocalDate.now(TimeConfiguration.HARBIN).isAfter(
        checks.rules().lastReportDay(lastMonth));
    assertThat(reports.find(nursery.creditCode(), lastMonth).isPresent()).as("last month, reportable until the "
        + checks.rules().lastReportDay(lastMonth)).isEqualTo(stillOpen);
    assertThat(reports.find(nursery.creditCode(), lastMonth.minusMonths(1))).as("before the recognition").isEmpty();
  }

  @Test
  void aMonthNotReportedIsRemindedThenLost() {
    TestNursery nursery = recognisedNursery("230104");
    NurseryReports.Report report = testNurseries.openMonth(nursery, MONTH);
    ProcessInstance instance = process(report);

    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_ReportReminder").singleResult().getId());
    assertThat(instance).hasPassed("Task_RemindNursery").isWaitingAt("ReceiveTask_Report");
    assertThat(messages(report)).anyMatch(message -> message.contains("尚未报送"));

    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_ReportDeadline").singleResult().getId());
    assertThat(instance).isEnded().hasPassed("EndEvent_MonthLost");
    assertThat(reports.find(report.applicationNumber()).orElseThrow().status()).isEqualTo(NurseryReports.Status.LOST);
    assertThat(records.find(report.applicationNumber()).orElseThrow().status())
        .isEqualTo(ApplicationRecord.Status.CLOSED);
    assertThatThrownBy(() -> submissions.submit(nursery.contactIdNumber(), nursery.contactPhone(),
        nursery.creditCode(), MONTH, HEADER)).hasMessageContaining("已逾期");
  }

  @Test
  void aBadLineRefusesTheWholeReportAndOnlyTheContactReports() {
    TestNursery nursery = recognisedNursery("230102");
    NurseryReports.Report report = testNurseries.openMonth(nursery, MONTH);
    String child = registeredChild(MONTH.atDay(1).minusYears(1));

    assertThatThrownBy(() -> submissions.submit(nursery.contactIdNumber(), nursery.contactPhone(),
        nursery.creditCode(), MONTH, HEADER + line(child, "小明") + "230102201901010000,小红,"
            + MONTH.atDay(1) + "," + MONTH.atDay(2) + "\n" + line(child, "小明")))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(refused -> assertThat(((InvalidRequestException) refused).errors())
            .extracting(error -> error.messageZh())
            .containsExactly("第3行：身份证号码不正确", "第4行：与第2行是同一名儿童"));
    assertThat(reports.children(report.applicationNumber())).isEmpty();
    assertThat(reports.find(report.applicationNumber()).orElseThrow().status())
        .isEqualTo(NurseryReports.Status.AWAITED);
    assertThat(process(report)).isWaitingAt("ReceiveTask_Report");

    assertThatThrownBy(() -> submissions.submit(nursery.contactIdNumber(), newPhoneOf(nursery),
        nursery.creditCode(), MONTH, HEADER)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void januarysRunPaysEachNurseryItsAcceptedMonthsOnce() {
    TestNursery nursery = recognisedNursery("230108");
    NurseryReports.Report report = testNurseries.openMonth(nursery, MONTH);
    submissions.submit(nursery.contactIdNumber(), nursery.contactPhone(), nursery.creditCode(), MONTH,
        HEADER + line(registeredChild(MONTH.atDay(1).minusYears(1)), "小明"));
    taskService.complete(review(report).getId(), Map.of("reportDecision", "ACCEPT"));

    YearMonth january = MONTH.plusYears(1).withMonth(1);
    assertThat(paidTo(nursery, disbursements.collect(NurserySubsidyParameters.SCHEME, january)))
        .isEqualByComparingTo("200");
    assertThat(paidTo(nursery, disbursements.collect(NurserySubsidyParameters.SCHEME, january))).as("never twice")
        .isEqualByComparingTo("0");
  }

  @Test
  void aMonthAcceptedAfterARunPaidALaterOneIsPaidByTheNextRun() {
    TestNursery nursery = recognisedNursery("230103");
    String child = registeredChild(MONTH.atDay(1).minusYears(1));
    accepted(nursery, MONTH, child);
    YearMonth january = MONTH.plusYears(1).withMonth(1);
    assertThat(paidTo(nursery, disbursements.collect(NurserySubsidyParameters.SCHEME, january)))
        .isEqualByComparingTo("200");

    accepted(nursery, MONTH.minusMonths(1), child);

    assertThat(paidTo(nursery, disbursements.collect(NurserySubsidyParameters.SCHEME, january)))
        .as("last month, reported after this month was paid").isEqualByComparingTo("200");
    assertThat(paidTo(nursery, disbursements.collect(NurserySubsidyParameters.SCHEME, january))).as("never twice")
        .isEqualByComparingTo("0");
  }

  private void accepted(TestNursery nursery, YearMonth month, String child) {
    NurseryReports.Report report = testNurseries.openMonth(nursery, month);
    submissions.submit(nursery.contactIdNumber(), nursery.contactPhone(), nursery.creditCode(), month,
        HEADER + child + ",小明," + month.atDay(1) + "," + month.atEndOfMonth() + "\n");
    taskService.complete(review(report).getId(), Map.of("reportDecision", "ACCEPT"));
  }

  @Test
  void theFirstOfTheMonthOpensLastMonthForEveryNurseryRecognisedForAllOfIt() throws InterruptedException {
    YearMonth lastMonth = MONTH.minusMonths(1);
    TestNursery allMonth = recognisedNursery("230102");
    TestNursery fromTheSecond = testNurseries.recognised("230102", lastMonth.atDay(2));
    String schedule = managementService.createJobQuery().processDefinitionKey("nursery-report-months").timers()
        .singleResult().getId();
    managementService.executeJob(schedule);

    long deadline = System.currentTimeMillis() + 30_000;
    while (reports.find(allMonth.creditCode(), lastMonth).isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(reports.find(allMonth.creditCode(), lastMonth)).as("opened in a job of its own").isPresent();
    assertThat(reports.find(fromTheSecond.creditCode(), lastMonth)).as("recognised from the 2nd").isEmpty();
    assertThat(managementService.createJobQuery().processDefinitionKey("nursery-report-months").timers().count())
        .as("the next 1st is scheduled").isEqualTo(1);
  }

  private static String newPhoneOf(TestNursery nursery) {
    return nursery.contactPhone().equals("13800000000") ? "13800000001" : "13800000000";
  }

  private Map<String, BigDecimal> periodsOf(TestNursery nursery) {
    return jdbc.sql("""
            SELECT p.period, p.amount FROM entitlement_period p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE e.beneficiary_id_number = :code AND e.scheme = 'nursery-operating-subsidy'""")
        .param("code", nursery.creditCode())
        .query((row, n) -> Map.entry(row.getString("period"), row.getBigDecimal("amount"))).list().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private BigDecimal paidTo(TestNursery nursery, Disbursements.Batch batch) {
    return jdbc.sql("""
            SELECT COALESCE(SUM(p.amount), 0) FROM payment p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE p.batch_id = :batch AND e.beneficiary_id_number = :code""")
        .param("batch", batch.id()).param("code", nursery.creditCode()).query(BigDecimal.class).single();
  }

  private List<String> messages(NurseryReports.Report report) {
    return jdbc.sql("SELECT message_zh FROM notification WHERE application_number = :number")
        .param("number", report.applicationNumber()).query(String.class).list();
  }
}
