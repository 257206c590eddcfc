package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.time.MonthDay;

/** §4.3: every district reports its population work to the city before 15 October of each year. */
public final class DistrictReporting {

  /** §4.3: the day the districts' reports are due. */
  public static final MonthDay REPORTS_DUE = MonthDay.of(10, 15);

  private DistrictReporting() {}

  /** §4.3: when the reports of the year are due. */
  public static LocalDate reportsDue(int year) {
    return REPORTS_DUE.atYear(year);
  }
}
