package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A month as finance types it in a form: 2026-11. */
final class YearMonthInput {

  private YearMonthInput() {}

  static YearMonth parse(String text) {
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException invalid) {
      throw new InvalidRequestException(List.of(new FieldError("period", "发放月份应写作“2026-11”",
          "The month must be written as 2026-11")));
    }
  }
}
