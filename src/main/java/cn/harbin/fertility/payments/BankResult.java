package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The failed rows of a bank's result report as finance records them: one line per failed payment, its number
 * and the bank's reason, e.g. {@code 12 账户已销户}. Every payment not listed was paid.
 */
public final class BankResult {

  private BankResult() {}

  public static Map<Long, String> failedPayments(String text) {
    Map<Long, String> failed = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    if (text == null) {
      return failed;
    }
    for (String line : text.strip().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+", 2);
      if (!parts[0].matches("\\d{1,18}") || parts.length < 2) {
        errors.add(new FieldError("failedPayments", "无法识别“" + line.strip() + "”：每行应为付款编号加失败原因，如“12 账户已销户”",
            "Cannot read \"" + line.strip() + "\": each line is a payment number and the reason, e.g. \"12 account closed\""));
        continue;
      }
      if (parts[1].strip().length() > 200) {
        errors.add(new FieldError("failedPayments", "付款编号 " + parts[0] + " 的失败原因超过200字",
            "The reason for payment " + parts[0] + " is longer than 200 characters"));
        continue;
      }
      failed.put(Long.valueOf(parts[0]), parts[1].strip());
    }
    InvalidRequestException.throwIfAny(errors);
    return failed;
  }
}
