package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseOutcomes;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens last month for every nursery recognised for all of it ({@code nursery-report-months}, at
 * {@code harbin.nursery.report-cron}, by default 01:00 on the 1st of each month): one {@code nursery-operating-subsidy}
 * case each, each opened in a job of its own, so that one nursery's failure holds up no other. A month opened
 * already is not opened twice.
 */
@Component("nurseryMonths")
public class NurseryMonths {

  private final String cron;
  private final JdbcClient jdbc;
  private final NurseryReports reports;
  private final RuntimeService runtimeService;
  private final CaseOutcomes outcomes;
  private final Clock clock;

  public NurseryMonths(@Value("${harbin.nursery.report-cron:0 0 1 1 * ?}") String cron, JdbcClient jdbc,
      NurseryReports reports,
      // The engine reads the cron while it starts, before it can start processes.
      @Lazy RuntimeService runtimeService, @Lazy CaseOutcomes outcomes, Clock clock) {
    this.cron = cron;
    this.jdbc = jdbc;
    this.reports = reports;
    this.runtimeService = runtimeService;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  public String getCron() {
    return cron;
  }

  public String lastMonth() {
    return YearMonth.now(clock).minusMonths(1).toString();
  }

  /** The nurseries recognised for the whole month whose month is not open yet. */
  public List<String> due(String month) {
    YearMonth due = YearMonth.parse(month);
    return jdbc.sql("""
            SELECT credit_code FROM nursery
            WHERE recognised_from <= :first AND (recognised_to IS NULL OR recognised_to >= :last)
              AND NOT EXISTS (SELECT 1 FROM nursery_report r
                WHERE r.credit_code = nursery.credit_code AND r.report_month = :month)
            ORDER BY credit_code""")
        .param("first", Date.valueOf(due.atDay(1))).param("last", Date.valueOf(due.atEndOfMonth()))
        .param("month", month).query(String.class).list();
  }

  /** Opens the nursery's month, unless it is open already. */
  public void open(String creditCode, String month) {
    if (!reports.exists(creditCode, YearMonth.parse(month))) {
      runtimeService.startProcessInstanceByKey(NurseryMonthCases.PROCESS_KEY,
          Map.of("creditCode", creditCode, "reportMonth", month));
    }
  }

  /**
   * The nursery's months still awaited that its recognition, withdrawn from {@code from}, no longer covers wholly (a
   * month opened before a withdrawal dated back): each case ends, and the nursery is not asked for them again.
   */
  public void closeWithdrawn(String creditCode, LocalDate from) {
    for (String number : reports.awaitedFrom(creditCode, from)) {
      if (!reports.withdraw(number)) {
        continue;
      }
      outcomes.decide(number, ApplicationRecord.Status.CLOSED,
          "自" + from + "起撤销普惠托育机构认定，该月无需报送、不计算运营补贴",
          "The inclusive recognition is withdrawn from " + from + "; this month is not to be reported and is not paid");
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).list().forEach(process ->
          runtimeService.deleteProcessInstance(process.getId(), "托育机构认定已撤销 / recognition withdrawn"));
    }
  }

  /** Opens the month for every nursery due, one after the other (the demo, and tests). */
  public void openAll(YearMonth month) {
    due(month.toString()).forEach(creditCode -> open(creditCode, month.toString()));
  }
}
