package cn.harbin.fertility.payments;

import java.time.YearMonth;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The periods a payment holds as its payee reads them, in the message's own language: one month, a run of months
 * ({@code notification.months}: "2026-09 至 2026-11"), a year or run of years for a benefit paid yearly, or the runs
 * one after another where another payment holds a period between them ({@code notification.monthsAnd}:
 * "2026-09、2026-11").
 */
final class PayeeMonths {

  /** Consecutive periods of a payment, first and last as {@code yyyy-MM} (each January, for a yearly benefit). */
  record MonthRange(String first, String last) {}

  private PayeeMonths() {}

  /** @return a text, or what the message source words in the message's language */
  static Object of(List<MonthRange> ranges, Entitlements.Frequency frequency) {
    Object periods = of(ranges.get(0), frequency);
    for (int i = 1; i < ranges.size(); i++) {
      periods = resolvable(i == ranges.size() - 1 ? "notification.monthsAnd" : "notification.monthsList", periods,
          of(ranges.get(i), frequency));
    }
    return periods;
  }

  private static Object of(MonthRange range, Entitlements.Frequency frequency) {
    if (frequency == Entitlements.Frequency.YEARLY) {
      String first = String.valueOf(YearMonth.parse(range.first()).getYear());
      String last = String.valueOf(YearMonth.parse(range.last()).getYear());
      return first.equals(last) ? resolvable("notification.year", first)
          : resolvable("notification.years", first, last);
    }
    return range.first().equals(range.last()) ? range.first()
        : resolvable("notification.months", range.first(), range.last());
  }

  private static MessageSourceResolvable resolvable(String code, Object... arguments) {
    return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
  }
}
