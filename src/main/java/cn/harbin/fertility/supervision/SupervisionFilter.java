package cn.harbin.fertility.supervision;

import cn.harbin.fertility.common.TimeConfiguration;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * What a supervisor narrows the figures to: a date range (from inclusive, to inclusive), a case type and a
 * division; null means all. The backlog is always today's.
 */
public record SupervisionFilter(LocalDate from, LocalDate to, String caseType, String division) {

  /** The last 12 weeks up to today, every case type and division. */
  public static SupervisionFilter defaults(LocalDate today) {
    return new SupervisionFilter(today.minusWeeks(12).plusDays(1), today, null, null);
  }

  Timestamp fromTime() {
    return Timestamp.from(from.atStartOfDay(TimeConfiguration.HARBIN).toInstant());
  }

  /** The start of the day after {@code to}: ranges are half-open in SQL. */
  Timestamp toTime() {
    return Timestamp.from(to.plusDays(1).atStartOfDay(TimeConfiguration.HARBIN).toInstant());
  }

  /** {@code YYYY-MM} of the first and last month of the range, for the payment tables' periods. */
  String fromPeriod() {
    return from.toString().substring(0, 7);
  }

  String toPeriod() {
    return to.toString().substring(0, 7);
  }
}
