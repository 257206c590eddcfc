package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.Sequences;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import cn.harbin.fertility.policy.MonthlyPayment;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.AsyncSteps;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of {@code childcare-subsidy-disbursement.bpmn} and its monthly schedule. */
@ApplicationOnH2
@Import(GrantedClaims.class)
class DisbursementProcessTest {

  private static final String PROCESS = "childcare-subsidy-disbursement";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired GrantedClaims claims;
  @Autowired Entitlements entitlements;
  @Autowired TestRestTemplate rest;
  @Autowired DisbursementSchedule disbursementSchedule;
  @Autowired JdbcClient jdbc;
  @Autowired Sequences sequences;
  @Autowired Disbursements disbursements;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  /** A run started by finance, once its collection in the background is done. */
  private ProcessInstance runFor(String period) {
    ProcessInstance run = runtimeService.startProcessInstanceByKey(PROCESS,
        Map.of("scheme", "childcare-subsidy", "period", period));
    AsyncSteps.awaitDone(managementService, run.getId());
    return run;
  }

  private void complete(ProcessInstance run, Map<String, Object> variables) {
    BpmnAwareTests.complete(task(run), variables);
    AsyncSteps.awaitDone(managementService, run.getId());
  }

  @Test
  void financeApprovesDownloadsTheBankFileAndConfirmsTheResult() {
    String number = claims.grant("230102", LocalDate.of(2026, 9, 9), 2);
    ProcessInstance run = runFor("2026-11");

    assertThat(run).isWaitingAt("Task_ApproveBatch");
    assertThat(task()).hasCandidateGroup("finance");
    assertThat((String) runtimeService.getVariable(run.getId(), "divisionTotals")).contains("道里区", "合计");
    complete(run, withVariables("batchDecision", "approve"));
    assertThat(run).isWaitingAt("Task_ConfirmBankResult");

    long batchId = batchIdOf(run);
    String url = "/api/payments/batches/" + batchId + "/bank-file";
    ResponseEntity<String> file = rest.withBasicAuth("finance", DemoUsers.PASSWORD).getForEntity(url, String.class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).contains(number, "6222021234567890123", "1500.00");
    assertThat(file.getHeaders().getContentDisposition().getFilename()).endsWith(".csv");
    assertThat(rest.withBasicAuth("daolihealth", DemoUsers.PASSWORD).getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    String formLink = "/staff/bank-files/" + batchId;
    assertThat(rest.withBasicAuth("finance", DemoUsers.PASSWORD).getForObject(formLink, String.class))
        .as("the task form's link").isEqualTo(file.getBody());
    ResponseEntity<String> anotherBureau = rest.withBasicAuth("nanganghealth", DemoUsers.PASSWORD)
        .getForEntity(formLink, String.class);
    assertThat(anotherBureau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anotherBureau.getBody()).contains("仅限市财政局");

    complete(run, withVariables("failedPayments", ""));
    assertThat(run).isEnded().hasPassed("Task_SettlePayments", "EndEvent_BatchPaid");
    assertThat(entitlements.periodsOf(number)).filteredOn(period -> period.status().equals("PAID")).hasSize(3);
  }

  @Test
  void aRunCollectsInBlocksOfLiveEntitlementsAndSettlesEachBlockOfPaymentsAsAJobOfItsOwn() {
    BlockBoundary.approach(jdbc, sequences, "entitlement_seq", 1);
    String before = claims.grant("230102", LocalDate.of(2026, 9, 9), 2);
    String after = claims.grant("230103", LocalDate.of(2026, 10, 10), 2);
    BlockBoundary.approach(jdbc, sequences, "payment_seq", 1);
    ProcessInstance run = runFor("2026-11");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName("entitlementBlock").list()).as("fewer than 10,000 live entitlements: one block of every id")
        .extracting(HistoricVariableInstance::getValue).containsExactly(new IdBlock(0, Long.MAX_VALUE).text());

    assertThat(run).isWaitingAt("Task_ApproveBatch");
    assertThat(((Number) runtimeService.getVariable(run.getId(), "paymentCount")).longValue())
        .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM payment WHERE batch_id = :b").param("b", batchIdOf(run))
            .query(Long.class).single());
    complete(run, withVariables("batchDecision", "approve"));
    complete(run, withVariables("failedPayments", ""));

    assertThat(run).isEnded().hasPassed("Task_SettlePayments", "EndEvent_BatchPaid");
    assertThat(blocksOf(run, "paymentBlock")).as("the payments straddle two blocks").hasSizeGreaterThanOrEqualTo(2);
    assertThat(entitlements.periodsOf(before)).filteredOn(period -> period.status().equals("PAID")).hasSize(3);
    assertThat(entitlements.periodsOf(after)).filteredOn(period -> period.status().equals("PAID")).hasSize(2);
  }

  @Test
  void aRunStartedOnTheModelsVersionBeforeTheBlocksCollectsAndSettlesTheWholeBatchInOneJobEach() {
    String number = claims.grant("230104", LocalDate.of(2026, 10, 4), 2);
    String deployment = repositoryService.createDeployment()
        .addClasspathResource("bpmn/childcare-subsidy-disbursement-before-blocks.bpmn").deploy().getId();
    try {
      ProcessInstance run = runtimeService.startProcessInstanceByKey("childcare-subsidy-disbursement-before-blocks",
          Map.of("scheme", "childcare-subsidy", "period", "2026-11"));
      AsyncSteps.awaitDone(managementService, run.getId());
      assertThat(run).isWaitingAt("Task_ApproveBatch");
      assertThat(((Number) runtimeService.getVariable(run.getId(), "paymentCount")).longValue())
          .isEqualTo(disbursements.summary(batchIdOf(run)).paymentCount()).isPositive();

      complete(run, withVariables("batchDecision", "approve"));
      complete(run, withVariables("failedPayments", ""));

      assertThat(run).isEnded().hasPassed("Task_SettlePayments", "EndEvent_BatchPaid");
      assertThat(entitlements.periodsOf(number)).filteredOn(period -> period.status().equals("PAID")).hasSize(2);
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  private List<Long> blocksOf(ProcessInstance run, String variable) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(run.getId()).variableName(variable)
        .list().stream().map(block -> ((Number) block.getValue()).longValue()).toList();
  }

  private long entitlementIdOf(String applicationNumber) {
    return jdbc.sql("SELECT id FROM entitlement WHERE application_number = :n").param("n", applicationNumber)
        .query(Long.class).single();
  }

  private long batchIdOf(ProcessInstance run) {
    return ((Number) runtimeService.getVariable(run.getId(), "batchId")).longValue();
  }

  @Test
  void financeReturnsTheBatch() {
    String number = claims.grant("230103", LocalDate.of(2026, 10, 10), 2);
    ProcessInstance run = runFor("2026-11");
    assertThat(run).isWaitingAt("Task_ApproveBatch");

    complete(run, withVariables("batchDecision", "reject"));

    assertThat(run).isEnded().hasPassed("Task_ReleaseBatch", "Task_ReopenPeriods", "EndEvent_BatchRejected");
    assertThat(entitlements.periodsOf(number)).allSatisfy(period -> assertThat(period.status()).isEqualTo("DUE"));
  }

  @Test
  void aRunForAnUnknownSchemeIsRefusedToWhoeverStartsItAndTheBulkStepsRunInTheBackground() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS,
        Map.of("scheme", "bonus", "period", "2026-11"))).isInstanceOf(InvalidRequestException.class);

    BpmnModelInstance model = repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult().getId());
    assertThat(List.of("Task_CollectDueAmounts", "Task_ReopenPeriods", "Task_SettlePayments")).allSatisfy(step ->
        assertThat(model.<ServiceTask>getModelElementById(step).isCamundaAsyncBefore()).as(step).isTrue());
    assertThat(List.of("Task_CollectDueAmounts", "Task_SettlePayments")).allSatisfy(step -> {
      MultiInstanceLoopCharacteristics blocks =
          (MultiInstanceLoopCharacteristics) model.<ServiceTask>getModelElementById(step).getLoopCharacteristics();
      assertThat(blocks.isSequential()).as(step + ": its blocks in parallel").isFalse();
      assertThat(blocks.isCamundaAsyncBefore()).as(step + ": each block a job").isTrue();
      assertThat(blocks.isCamundaAsyncAfter()).as(step + ": each block's end a job, retried on a conflict").isTrue();
      assertThat(blocks.isCamundaExclusive()).as(step + ": jobs of one run at the same time").isFalse();
    });
  }

  @Test
  void nothingDueEndsTheRunAtOnce() {
    ProcessInstance run = runFor("2000-01");

    assertThat(run).isEnded().hasPassed("EndEvent_NothingDue").hasNotPassed("Task_ApproveBatch");
  }

  @Test
  void anUnreadableBankResultIsRefusedAndTheTaskStays() {
    claims.grant("230102", LocalDate.of(2026, 7, 7), 2);
    ProcessInstance run = runFor("2026-11");
    assertThat(run).isWaitingAt("Task_ApproveBatch");
    BpmnAwareTests.complete(task(), withVariables("batchDecision", "approve"));
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService.complete(taskId, Map.of("failedPayments", "账户已销户")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("付款编号加失败原因");

    assertThat(run).isWaitingAt("Task_ConfirmBankResult");
  }

  @Test
  void overdueApprovalIsEscalatedUnderTheBatchsKey() {
    claims.grant("230102", LocalDate.of(2026, 6, 6), 2);
    ProcessInstance run = runFor("2026-11");
    assertThat(run).isWaitingAt("Task_ApproveBatch");

    execute(job("Timer_ApprovalOverdue"));

    String key = runtimeService.createProcessInstanceQuery().processInstanceId(run.getId()).singleResult().getBusinessKey();
    assertThat(key).startsWith("PAY-");
    assertThat(jdbc.sql("SELECT group_id FROM escalation WHERE business_key = :key").param("key", key)
        .query(String.class).single()).isEqualTo("finance");
  }

  @Test
  void theMonthlyScheduleStartsARunOnItsCron() {
    Job timer = managementService.createJobQuery().processDefinitionKey("childcare-subsidy-disbursement-schedule")
        .timers().singleResult();
    assertThat(timer).isNotNull();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getHour()).isEqualTo(2);

    owedNationalSubsidyMonthBeforeItsLastPaymentMonth();
    // Read before the runs: a yearly scheme's catch-up is among them only while it owes something.
    List<String> schemes = disbursementSchedule.getSchemes();
    Map<String, String> periods = schemes.stream().collect(Collectors.toMap(scheme -> scheme,
        scheme -> Optional.ofNullable(disbursementSchedule.periodOf(scheme))
            .orElse(YearMonth.now(TimeConfiguration.HARBIN).toString())));
    assertThat(schemes).as("in its month, or to catch up").contains(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY);
    managementService.executeJob(timer.getId());

    HistoricProcessInstance schedule = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("childcare-subsidy-disbursement-schedule").singleResult();
    List<HistoricProcessInstance> runs = historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(schedule.getId()).list();
    runs.forEach(run -> AsyncSteps.awaitDone(managementService, run.getId()));
    AsyncSteps.awaitDone(managementService, schedule.getId());
    assertThat(runs).as("one run per scheme").hasSize(schemes.size()).allSatisfy(run -> {
      assertThat(run.getProcessDefinitionKey()).isEqualTo(PROCESS);
      assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(run.getId())
          .activityId("Task_CloseCollection").finished().count()).isEqualTo(1);
    });
    assertThat(runs.stream().collect(Collectors.toMap(run -> variable(run, "scheme"), run -> variable(run, "period"))))
        .as("each run's scheme, and the month it pays up to").isEqualTo(periods);
    assertThat(runs.stream().map(run -> variable(run, "scheme")))
        .containsExactlyInAnyOrderElementsOf(schemes)
        .contains("childcare-subsidy", "special-assistance", "reward-assistance", "nursing-subsidy", "home-purchase-subsidy");
    assertThat(managementService.createJobQuery().processDefinitionKey("childcare-subsidy-disbursement-schedule")
        .timers().singleResult().getId()).as("the timer for the next month").isNotEqualTo(timer.getId());
  }

  private String variable(HistoricProcessInstance run, String name) {
    return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(run.getId())
        .variableName(name).singleResult().getValue();
  }

  /** A national subsidy month due by January that no run has paid: the schedule's next run is to catch it up. */
  private void owedNationalSubsidyMonthBeforeItsLastPaymentMonth() {
    String number = claims.grant("230102", LocalDate.now(TimeConfiguration.HARBIN).minusMonths(13), 2);
    String child = jdbc.sql("SELECT beneficiary_id_number FROM entitlement WHERE application_number = :n")
        .param("n", number).query(String.class).single();
    YearMonth january = YearMonth.now(TimeConfiguration.HARBIN).withMonth(1);
    entitlements.record(new Entitlements.NewEntitlement(number, BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY,
        "育儿补贴制度 2025", child, "测试", "中国工商银行哈尔滨分行", "6222021234567890123", "230102",
        List.of(new MonthlyPayment(january.minusMonths(1), new BigDecimal("300.00"))), null, Map.of()),
        Instant.now());
  }
}
