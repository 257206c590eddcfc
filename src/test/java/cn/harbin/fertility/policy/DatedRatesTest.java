package cn.harbin.fertility.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.policy.DatedRates.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatedRatesTest {

  private final DatedRates rates = new DatedRates(scheme -> scheme.equals("childcare-subsidy")
      ? Map.of("monthlyAmount.birthOrder2", DatedParameter.of("monthlyAmount.birthOrder2", "§3.4.2a", Map.of(
          LocalDate.of(2022, 11, 29), "500.00",
          LocalDate.of(2027, 1, 1), "800.00",
          LocalDate.of(2027, 6, 10), "850.00",
          LocalDate.of(2027, 6, 20), "900.00")))
      : Map.of());

  private static final String SECOND_CHILD = "childcare-subsidy/monthlyAmount.birthOrder2";

  @Test
  void aMonthOwesTheValueInForceOnItsLastDay() {
    assertThat(rates.amountFor(SECOND_CHILD, YearMonth.of(2022, 10))).isEmpty();
    assertThat(rates.amountFor(SECOND_CHILD, YearMonth.of(2022, 11))).contains(new BigDecimal("500.00"));
    assertThat(rates.amountFor(SECOND_CHILD, YearMonth.of(2026, 12))).contains(new BigDecimal("500.00"));
    assertThat(rates.amountFor(SECOND_CHILD, YearMonth.of(2027, 1))).contains(new BigDecimal("800.00"));
    assertThat(rates.amountFor(SECOND_CHILD, YearMonth.of(2027, 6))).contains(new BigDecimal("900.00"));
    assertThat(rates.amountFor("nursing-subsidy/monthlyAmount", YearMonth.of(2027, 6))).as("no value set").isEmpty();
  }

  @Test
  void theSpansPriceEveryMonthAsAmountForDoes() {
    assertThat(rates.spans(SECOND_CHILD)).containsExactly(
        new Span(YearMonth.of(2022, 11), YearMonth.of(2026, 12), new BigDecimal("500.00")),
        new Span(YearMonth.of(2027, 1), YearMonth.of(2027, 5), new BigDecimal("800.00")),
        new Span(YearMonth.of(2027, 6), null, new BigDecimal("900.00")));
    for (YearMonth month = YearMonth.of(2022, 11); month.isBefore(YearMonth.of(2028, 1)); month = month.plusMonths(1)) {
      YearMonth priced = month;
      assertThat(rates.spans(SECOND_CHILD)).filteredOn(span -> !priced.isBefore(span.first())
              && (span.last() == null || !priced.isAfter(span.last())))
          .singleElement().extracting(Span::amount).isEqualTo(rates.amountFor(SECOND_CHILD, month).orElseThrow());
    }
  }

  @Test
  void thePricingLineChangesWithEveryValueAdded() {
    assertThat(rates.pricing(SECOND_CHILD))
        .isEqualTo("2022-11-29=500.00;2027-01-01=800.00;2027-06-10=850.00;2027-06-20=900.00");
    assertThat(rates.pricing("nursing-subsidy/monthlyAmount")).isEmpty();
  }
}
