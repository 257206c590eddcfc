package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class OwedMonthsTest {

  private static final BigDecimal MONTH = new BigDecimal("500.00");

  @Test
  void consecutiveMonthsOwedAreOneRange() {
    OwedMonths owed = new OwedMonths(Entitlements.Frequency.MONTHLY);
    owed.add(YearMonth.of(2025, 11), MONTH, false);
    owed.add(YearMonth.of(2025, 12), MONTH, false);
    owed.add(YearMonth.of(2026, 1), MONTH, false);

    assertThat(owed.ranges()).containsExactly(range("2025-11", "2026-01"));
    assertThat(owed.amount()).isEqualByComparingTo("1500.00");
  }

  @Test
  void aMonthHeldByAnotherPaymentSplitsTheRangeAndIsNotPaid() {
    OwedMonths owed = new OwedMonths(Entitlements.Frequency.MONTHLY);
    owed.add(YearMonth.of(2026, 9), MONTH, false);
    owed.add(YearMonth.of(2026, 10), MONTH, true);
    owed.add(YearMonth.of(2026, 11), MONTH, false);

    assertThat(owed.ranges()).containsExactly(range("2026-09", "2026-09"), range("2026-11", "2026-11"));
    assertThat(owed.amount()).isEqualByComparingTo("1000.00");
  }

  @Test
  void aMonthMissingSplitsTheRangeSoThatItCanBeAddedLater() {
    OwedMonths owed = new OwedMonths(Entitlements.Frequency.MONTHLY);
    owed.add(YearMonth.of(2026, 2), MONTH, false);
    owed.add(YearMonth.of(2026, 4), MONTH, false);

    assertThat(owed.ranges()).containsExactly(range("2026-02", "2026-02"), range("2026-04", "2026-04"));
  }

  @Test
  void aYearlyEntitlementsJanuariesFollowEachOther() {
    OwedMonths owed = new OwedMonths(Entitlements.Frequency.YEARLY);
    owed.add(YearMonth.of(2025, 1), new BigDecimal("600.00"), false);
    owed.add(YearMonth.of(2026, 1), new BigDecimal("600.00"), false);
    owed.add(YearMonth.of(2028, 1), new BigDecimal("600.00"), false);

    assertThat(owed.ranges()).containsExactly(range("2025-01", "2026-01"), range("2028-01", "2028-01"));
    assertThat(owed.amount()).isEqualByComparingTo("1800.00");
  }

  @Test
  void nothingOwedWhenEveryMonthReadIsHeld() {
    OwedMonths owed = new OwedMonths(Entitlements.Frequency.MONTHLY);
    owed.add(YearMonth.of(2026, 10), MONTH, true);
    owed.add(YearMonth.of(2026, 11), MONTH, true);

    assertThat(owed.ranges()).isEmpty();
    assertThat(owed.amount()).isEqualByComparingTo("0");
  }

  private static OwedMonths.Range range(String first, String last) {
    return new OwedMonths.Range(YearMonth.parse(first), YearMonth.parse(last));
  }
}
