package cn.harbin.fertility.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * China's working days, as the State Council's yearly holiday notice (国务院办公厅关于…年部分节假日安排的通知) sets
 * them: Monday to Friday, except the listed holidays (放假), plus the listed make-up working days (调休上班) that fall
 * on a weekend. A due date "in N working days" is the N-th working day after the start day.
 */
public final class WorkingDays {

  /** How the notice lists a day. */
  public enum DayKind {
    HOLIDAY,
    MAKE_UP_WORKING_DAY
  }

  private final Map<LocalDate, DayKind> listedDays;

  public WorkingDays(Map<LocalDate, DayKind> listedDays) {
    this.listedDays = new TreeMap<>(listedDays);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayKind listed = listedDays.get(day);
    if (listed != null) {
      return listed == DayKind.MAKE_UP_WORKING_DAY;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** Whether the notice of that year is in the table: without it, its holidays count as working days. */
  public boolean lists(int year) {
    return listedDays.keySet().stream().anyMatch(day -> day.getYear() == year);
  }

  /** The {@code count}-th working day after {@code start} (the start day itself does not count). */
  public LocalDate plusWorkingDays(LocalDate start, int count) {
    LocalDate day = start;
    for (int counted = 0; counted < count; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
