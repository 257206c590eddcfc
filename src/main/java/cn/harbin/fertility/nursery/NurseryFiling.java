package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A nursery's filing with its district health bureau (托育机构备案), asking to be recognised as inclusive (普惠): the
 * counter start form's fields, whose keys are these names. The contact person speaks for the nursery: they sign in to
 * the portal with their identity number and the contact phone.
 */
public record NurseryFiling(String nurseryName, String creditCode, String divisionCode, String filingNumber,
    LocalDate filingDate, String contactName, String contactIdNumber, String contactPhone, String bankName,
    String bankAccount) {

  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("nurseryName", nurseryName);
    variables.put("creditCode", creditCode);
    variables.put("divisionCode", divisionCode);
    variables.put("filingNumber", filingNumber);
    variables.put("filingDate", filingDate == null ? null : filingDate.toString());
    variables.put("contactName", contactName);
    variables.put("contactIdNumber", contactIdNumber);
    variables.put("contactPhone", contactPhone);
    variables.put("bankName", bankName);
    variables.put("bankAccount", bankAccount);
    return variables;
  }

  public static NurseryFiling fromVariables(Map<String, Object> variables) {
    return new NurseryFiling(text(variables.get("nurseryName")), text(variables.get("creditCode")),
        text(variables.get("divisionCode")), text(variables.get("filingNumber")),
        date(variables.get("filingDate"), "filingDate", "备案日期", "The filing date"),
        text(variables.get("contactName")), text(variables.get("contactIdNumber")),
        text(variables.get("contactPhone")), text(variables.get("bankName")), text(variables.get("bankAccount")));
  }

  /** A date as the forms send it: {@code 2026-03-01}, or with a time after it. */
  static LocalDate date(Object value, String field, String labelZh, String labelEn) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException unreadable) {
      throw new InvalidRequestException(List.of(new FieldError(field, labelZh + "应为 YYYY-MM-DD",
          labelEn + " must be YYYY-MM-DD")));
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
