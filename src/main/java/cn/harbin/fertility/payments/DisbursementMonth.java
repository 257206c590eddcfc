package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The month a run pays up to, as finance types it (2026-11), or the current month. A month is paid in that month
 * (the run on the 1st pays it), so no run may reach into a later month.
 */
final class DisbursementMonth {

  private DisbursementMonth() {}

  static YearMonth of(String text, Clock clock) {
    YearMonth current = YearMonth.now(clock);
    if (text == null || text.isBlank()) {
      return current;
    }
    YearMonth month;
    try {
      month = YearMonth.parse(text.strip());
    } catch (DateTimeParseException invalid) {
      throw new InvalidRequestException(List.of(new FieldError("period", "发放月份应写作“2026-11”",
          "The month must be written as 2026-11")));
    }
    if (month.isAfter(current)) {
      throw new InvalidRequestException(List.of(new FieldError("period",
          "发放月份不能晚于本月（" + current + "），以后的月份到期后再发", "Months after " + current + " cannot be paid yet")));
    }
    return month;
  }
}
