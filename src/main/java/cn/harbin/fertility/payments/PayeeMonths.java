package cn.harbin.fertility.payments;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The months a payment holds as its payee reads them, in the message's own language: one month, a run of months
 * ({@code notification.months}: "2026-09 至 2026-11"), or the runs one after another where another payment holds a
 * month between them ({@code notification.monthsAnd}: "2026-09、2026-11").
 */
final class PayeeMonths {

  /** Consecutive months of a payment, first and last as {@code yyyy-MM}. */
  record MonthRange(String first, String last) {}

  private PayeeMonths() {}

  /** @return a text, or what the message source words in the message's language */
  static Object of(List<MonthRange> ranges) {
    Object months = of(ranges.get(0));
    for (MonthRange range : ranges.subList(1, ranges.size())) {
      months = resolvable("notification.monthsAnd", months, of(range));
    }
    return months;
  }

  private static Object of(MonthRange range) {
    return range.first().equals(range.last()) ? range.first()
        : resolvable("notification.months", range.first(), range.last());
  }

  private static MessageSourceResolvable resolvable(String code, Object... arguments) {
    return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
  }
}
