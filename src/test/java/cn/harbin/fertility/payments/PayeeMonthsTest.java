package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The periods of a payment as its payee reads them, from the application's own message bundles. */
class PayeeMonthsTest {

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  PayeeMonthsTest() {
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
  }

  @Test
  void aMonthARunOfMonthsAndRunsApart() {
    assertThat(both(List.of(range("2026-09", "2026-09")), Entitlements.Frequency.MONTHLY))
        .containsExactly("2026-09", "2026-09");
    assertThat(both(List.of(range("2026-09", "2026-11")), Entitlements.Frequency.MONTHLY))
        .containsExactly("2026-09 至 2026-11", "2026-09 to 2026-11");
    assertThat(both(List.of(range("2026-05", "2026-06"), range("2026-08", "2026-08"), range("2026-10", "2026-11")),
        Entitlements.Frequency.MONTHLY)).containsExactly("2026-05 至 2026-06、2026-08、2026-10 至 2026-11",
            "2026-05 to 2026-06, 2026-08 and 2026-10 to 2026-11");
  }

  @Test
  void aYearlyBenefitIsToldOfItsYears() {
    assertThat(both(List.of(range("2026-01", "2026-01")), Entitlements.Frequency.YEARLY))
        .containsExactly("2026年度", "the year 2026");
    assertThat(both(List.of(range("2025-01", "2027-01")), Entitlements.Frequency.YEARLY))
        .containsExactly("2025 至 2027 年度", "the years 2025 to 2027");
  }

  /** The paid message's months in Chinese and in English. */
  private List<String> both(List<OwedMonths.Range> ranges, Entitlements.Frequency frequency) {
    Object[] arguments = {PayeeMonths.of(ranges, frequency), "500.00", "0123"};
    return List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH).stream()
        .map(locale -> messages.getMessage("notification.paid", arguments, locale))
        .map(PayeeMonthsTest::periodsOf).toList();
  }

  private static String periodsOf(String message) {
    return message.startsWith("您的待遇（") ? message.substring(5, message.indexOf('）'))
        : message.substring("Your benefit for ".length(), message.indexOf(" (500.00"));
  }

  private static OwedMonths.Range range(String first, String last) {
    return new OwedMonths.Range(YearMonth.parse(first), YearMonth.parse(last));
  }
}
