package cn.harbin.fertility.nursery;

import java.time.Clock;
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
 * case each, whose first step runs as a job of its own, so that one nursery's failure holds up no other. A month
 * opened already, or about to be, is not opened twice.
 */
@Component("nurseryMonths")
public class NurseryMonths {

  private final String cron;
  private final JdbcClient jdbc;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public NurseryMonths(@Value("${harbin.nursery.report-cron:0 0 1 1 * ?}") String cron, JdbcClient jdbc,
      // The engine reads the cron while it starts, before it can start processes.
      @Lazy RuntimeService runtimeService, Clock clock) {
    this.cron = cron;
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  public String getCron() {
    return cron;
  }

  public void openLastMonth() {
    open(YearMonth.now(clock).minusMonths(1));
  }

  /** @return the nurseries whose month was opened now */
  public List<String> open(YearMonth month) {
    List<String> due = jdbc.sql("""
            SELECT credit_code FROM nursery
            WHERE recognised_from <= :first AND (recognised_to IS NULL OR recognised_to >= :last)
              AND NOT EXISTS (SELECT 1 FROM nursery_report r
                WHERE r.credit_code = nursery.credit_code AND r.report_month = :month)
            ORDER BY credit_code""")
        .param("first", java.sql.Date.valueOf(month.atDay(1))).param("last", java.sql.Date.valueOf(month.atEndOfMonth()))
        .param("month", month.toString()).query(String.class).list().stream()
        .filter(code -> runtimeService.createProcessInstanceQuery().processDefinitionKey(NurseryMonthCases.PROCESS_KEY)
            .variableValueEquals("creditCode", code).variableValueEquals("reportMonth", month.toString()).count() == 0)
        .toList();
    due.forEach(code -> runtimeService.startProcessInstanceByKey(NurseryMonthCases.PROCESS_KEY,
        Map.of("creditCode", code, "reportMonth", month.toString())));
    return due;
  }
}
