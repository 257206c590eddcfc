package cn.harbin.fertility.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.Finding;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.MonthCheck;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.Recognition;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.ReportedChild;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NurseryOperatingSubsidyRulesTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final Recognition ALL_YEAR = new Recognition(LocalDate.of(2025, 9, 1), null);

  private final NurseryOperatingSubsidyRules rules =
      new NurseryOperatingSubsidyRules(NurserySubsidyParameters.from(InMemoryPolicyParameters.seeded()));

  private static ReportedChild child(int line, LocalDate born) {
    return new ReportedChild(line, born, true, false, false);
  }

  @Test
  void everyKnownChildUnderThreeCounts200AMonth() {
    MonthCheck march = rules.check(MARCH, ALL_YEAR, List.of(child(1, LocalDate.of(2024, 5, 5)),
        child(2, LocalDate.of(2025, 12, 31))));
    assertThat(march.counted(Set.of())).isEqualTo(2);
    assertThat(march.amount(Set.of())).isEqualByComparingTo("400");
  }

  @Test
  void aChildWhoTurnsThreeOnTheFirstNoLongerCountsOneWhoTurnsThreeOnTheSecondStill() {
    MonthCheck march = rules.check(MARCH, ALL_YEAR, List.of(child(1, LocalDate.of(2023, 3, 1)),
        child(2, LocalDate.of(2023, 3, 2))));
    assertThat(march.children().get(0).findings()).containsExactly(Finding.AGE_LIMIT_REACHED);
    assertThat(march.children().get(1).findings()).isEmpty();
    assertThat(march.counted(Set.of(1, 2))).as("the age limit is not the district's to confirm").isEqualTo(1);
  }

  @Test
  void onlyAMonthRecognisedFromItsFirstToItsLastDayCounts() {
    ReportedChild child = child(1, LocalDate.of(2025, 1, 1));
    assertThat(rules.check(MARCH, new Recognition(LocalDate.of(2026, 3, 2), null), List.of(child))
        .counted(Set.of(1))).as("recognised from the 2nd").isZero();
    assertThat(rules.check(MARCH, new Recognition(LocalDate.of(2026, 3, 1), null), List.of(child))
        .counted(Set.of())).as("recognised from the 1st").isEqualTo(1);
    assertThat(rules.check(MARCH, new Recognition(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 30)),
        List.of(child)).counted(Set.of(1))).as("withdrawn from the 31st").isZero();
    assertThat(rules.check(MARCH, new Recognition(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31)),
        List.of(child)).counted(Set.of())).as("recognised until the 31st").isEqualTo(1);
  }

  @Test
  void aChildReportedByTwoNurseriesCountsForNeitherUntilTheDistrictDecides() {
    ReportedChild twice = new ReportedChild(1, LocalDate.of(2025, 1, 1), true, true, false);
    MonthCheck march = rules.check(MARCH, ALL_YEAR, List.of(twice));
    assertThat(march.children().get(0).findings()).containsExactly(Finding.REPORTED_ELSEWHERE);
    assertThat(march.children().get(0).flagged()).isTrue();
    assertThat(march.counted(Set.of())).isZero();
    assertThat(march.counted(Set.of(1))).as("the district decided it counts here").isEqualTo(1);

    ReportedChild countedThere = new ReportedChild(1, LocalDate.of(2025, 1, 1), true, true, true);
    MonthCheck here = rules.check(MARCH, ALL_YEAR, List.of(countedThere));
    assertThat(here.children().get(0).findings()).containsExactly(Finding.COUNTED_ELSEWHERE);
    assertThat(here.counted(Set.of(1))).as("never twice in one month").isZero();
  }

  @Test
  void aChildTheRegistryDoesNotKnowCountsOnceTheDistrictConfirmsIt() {
    MonthCheck march = rules.check(MARCH, ALL_YEAR,
        List.of(new ReportedChild(1, LocalDate.of(2025, 1, 1), false, false, false)));
    assertThat(march.children().get(0).findings()).containsExactly(Finding.UNKNOWN_TO_REGISTRY);
    assertThat(march.counted(Set.of())).isZero();
    assertThat(march.amount(Set.of(1))).isEqualByComparingTo(new BigDecimal("200"));
  }

  @Test
  void aMonthIsDueByTheTenthAndLostAfterTheTwentyFifthOfTheNext() {
    assertThat(rules.reportDue(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 10));
    assertThat(rules.lastReportDay(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 25));
  }
}
