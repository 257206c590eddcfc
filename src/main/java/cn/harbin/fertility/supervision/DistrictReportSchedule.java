package cn.harbin.fertility.supervision;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.DistrictReporting;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When {@code city-health} is reminded that every district's population report is due (§4.3: before 15 October),
 * {@code harbin.supervision.report-reminder-cron} (a Camunda/Quartz cron expression, by default 08:00 on 1 October;
 * the timer start event of {@code district-report-reminder} reads it when it is scheduled).
 */
@Component("districtReportSchedule")
public class DistrictReportSchedule {

  private final String cron;
  private final Clock clock;

  public DistrictReportSchedule(@Value("${harbin.supervision.report-reminder-cron:0 0 8 1 10 ?}") String cron,
      Clock clock) {
    this.cron = cron;
    this.clock = clock;
  }

  public String getCron() {
    return cron;
  }

  /** The year being reported: the current one. */
  public int reportYear() {
    return LocalDate.now(clock.withZone(TimeConfiguration.HARBIN)).getYear();
  }

  /** The reminder's due date, ISO-8601, for the task: 15 October of the report's year. */
  public String dueDate() {
    return DistrictReporting.reportsDue(reportYear()).toString();
  }
}
