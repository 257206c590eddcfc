package cn.harbin.fertility.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.policy.WorkingDays.DayKind;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The National Day week of 2025 as the State Council's notice (国办发明电〔2024〕12号) set it. */
class WorkingDaysTest {

  private static final WorkingDays NATIONAL_DAY_2025 = new WorkingDays(Map.of(
      LocalDate.of(2025, 9, 28), DayKind.MAKE_UP_WORKING_DAY,
      LocalDate.of(2025, 10, 1), DayKind.HOLIDAY, LocalDate.of(2025, 10, 2), DayKind.HOLIDAY,
      LocalDate.of(2025, 10, 3), DayKind.HOLIDAY, LocalDate.of(2025, 10, 4), DayKind.HOLIDAY,
      LocalDate.of(2025, 10, 5), DayKind.HOLIDAY, LocalDate.of(2025, 10, 6), DayKind.HOLIDAY,
      LocalDate.of(2025, 10, 7), DayKind.HOLIDAY, LocalDate.of(2025, 10, 8), DayKind.HOLIDAY,
      LocalDate.of(2025, 10, 11), DayKind.MAKE_UP_WORKING_DAY));

  @ParameterizedTest
  @CsvSource({
      "2025-09-26, 1, 2025-09-28",   // Friday → the make-up Sunday
      "2025-09-28, 1, 2025-09-29",
      "2025-09-30, 1, 2025-10-09",   // across the eight days off
      "2025-09-30, 3, 2025-10-11",   // the make-up Saturday counts
      "2025-10-01, 4, 2025-10-13",
      "2025-09-19, 10, 2025-10-10"})
  void aDueDateInWorkingDaysSkipsTheHolidayAndCountsTheMakeUpDays(LocalDate start, int days, LocalDate due) {
    assertThat(NATIONAL_DAY_2025.plusWorkingDays(start, days)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({"2025-10-04, false", "2025-10-11, true", "2025-10-12, false", "2025-10-10, true"})
  void aDayIsWorkedAsTheNoticeSays(LocalDate day, boolean worked) {
    assertThat(NATIONAL_DAY_2025.isWorkingDay(day)).isEqualTo(worked);
  }
}
