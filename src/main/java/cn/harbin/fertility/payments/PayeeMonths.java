package cn.harbin.fertility.payments;

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

  private PayeeMonths() {}

  /** @return a text, or what the message source words in the message's language */
  static Object of(List<OwedMonths.Range> ranges, Entitlements.Frequency frequency) {
    Object periods = of(ranges.get(0), frequency);
    for (int i = 1; i < ranges.size(); i++) {
      periods = resolvable(i == ranges.size() - 1 ? "notification.monthsAnd" : "notification.monthsList", periods,
          of(ranges.get(i), frequency));
    }
    return periods;
  }

  private static Object of(OwedMonths.Range range, Entitlements.Frequency frequency) {
    boolean yearly = frequency == Entitlements.Frequency.YEARLY;
    String first = yearly ? String.valueOf(range.first().getYear()) : range.first().toString();
    String last = yearly ? String.valueOf(range.last().getYear()) : range.last().toString();
    if (first.equals(last)) {
      return yearly ? resolvable("notification.year", first) : first;
    }
    return resolvable(yearly ? "notification.years" : "notification.months", first, last);
  }

  private static MessageSourceResolvable resolvable(String code, Object... arguments) {
    return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
  }
}
