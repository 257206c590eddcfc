package cn.harbin.fertility.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The engine's history is removed when its time-to-live has run from a case's end, in the nightly window; the
 * application's own records of the case stay (issue 14).
 */
@ApplicationOnH2
@Import(GrantedClaims.class)
class HistoryCleanupTest {

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired HistoryService historyService;
  @Autowired GrantedClaims claims;
  @Autowired ApplicationRecords records;
  @Autowired Entitlements entitlements;

  @Test
  void theCleanupRunsNightlyByRemovalTimeFromEachCasesEnd() {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) configuration;
    assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(engine.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");

    String number = claims.grant("230102", LocalDate.of(2026, 9, 1), 2);

    HistoricProcessInstance ended = caseHistory(number);
    assertThat(ended.getEndTime()).as("the case has ended").isNotNull();
    assertThat(ended.getRemovalTime()).as("ten years after its end")
        .isEqualTo(Date.from(ended.getEndTime().toInstant().plus(3650, ChronoUnit.DAYS)));
  }

  @Test
  void aCaseWhoseTimeHasRunLosesItsEngineHistoryButNotItsRecordsOrItsMoney() throws InterruptedException {
    String number = claims.grant("230103", LocalDate.of(2026, 8, 1), 2);
    HistoricProcessInstance ended = caseHistory(number);
    Date past = Date.from(ended.getEndTime().toInstant().minus(1, ChronoUnit.DAYS));
    historyService.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(past).byIds(ended.getId())
        .hierarchical().executeAsync();
    awaitRemovalTime(number, past);

    historyService.cleanUpHistoryAsync(true);

    long deadline = System.currentTimeMillis() + 60_000;
    while (caseHistory(number) != null && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(caseHistory(number)).as("the engine's history of the case, removed by the job executor").isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
    assertThat(records.find(number)).as("the application's record").isPresent();
    assertThat(entitlements.periodsOf(number)).as("the months owed").isNotEmpty();
  }

  private HistoricProcessInstance caseHistory(String number) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
  }

  /** The batch that sets the removal time runs in the job executor, as an administrator's would. */
  private void awaitRemovalTime(String number, Date removalTime) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (!removalTime.equals(caseHistory(number).getRemovalTime()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(caseHistory(number).getRemovalTime()).isEqualTo(removalTime);
  }
}
