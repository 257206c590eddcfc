package cn.harbin.fertility.childcaresubsidy;

import io.swagger.v3.oas.annotations.media.Schema;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.TimeConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claim for the childcare subsidy as the applicant states it, from the public API or the counter start form
 * (whose field keys are these names).
 */
@Schema(description = "育儿补贴申请 / childcare subsidy application (§3.4.2a)")
public record ChildcareSubsidyApplication(
    @Schema(description = "申请人姓名 / applicant's name", example = "张伟") String applicantName,
    @Schema(description = "申请人身份证号码 / applicant's identity number", example = "230102199001011233")
    String applicantIdNumber,
    @Schema(description = "申请人手机号码 / mobile phone", example = "13800451234") String applicantPhone,
    @Schema(description = "与子女关系 / relationship to the child", allowableValues = {"FATHER", "MOTHER", "GUARDIAN"})
    String applicantRelationship,
    @Schema(description = "申请人户籍所在区县（市）代码 / household-registration division (GB/T 2260)", example = "230102")
    String divisionCode,
    @Schema(description = "子女姓名 / child's name", example = "张小明") String childName,
    @Schema(description = "子女身份证号码 / child's identity number") String childIdNumber,
    @Schema(description = "子女出生日期 / child's birth date", example = "2025-03-14") LocalDate childBirthDate,
    @Schema(description = "孩次（第几个子女）/ birth order: 2 or 3", example = "2") Integer birthOrder,
    @Schema(description = "子女另一方父母姓名 / other parent's name") String otherParentName,
    @Schema(description = "子女另一方父母身份证号码 / other parent's identity number") String otherParentIdNumber,
    @Schema(description = "开户银行 / bank", example = "中国工商银行哈尔滨分行") String bankName,
    @Schema(description = "银行账号 / bank account number", example = "6222021234567890123") String bankAccount) {

  public enum Relationship {
    FATHER,
    MOTHER,
    GUARDIAN
  }

  /** As process variables (and counter form fields) under the same names. */
  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("applicantName", applicantName);
    variables.put("applicantIdNumber", applicantIdNumber);
    variables.put("applicantPhone", applicantPhone);
    variables.put("applicantRelationship", applicantRelationship);
    variables.put("divisionCode", divisionCode);
    variables.put("childName", childName);
    variables.put("childIdNumber", childIdNumber);
    variables.put("childBirthDate", childBirthDate == null ? null : childBirthDate.toString());
    variables.put("birthOrder", birthOrder);
    variables.put("otherParentName", otherParentName);
    variables.put("otherParentIdNumber", otherParentIdNumber);
    variables.put("bankName", bankName);
    variables.put("bankAccount", bankAccount);
    return variables;
  }

  /**
   * The counter start form's fields (or any start's variables).
   *
   * @throws InvalidRequestException when the birth date or the birth order cannot be read at all
   */
  public static ChildcareSubsidyApplication fromVariables(Map<String, Object> variables) {
    FieldChecks unreadable = new FieldChecks();
    LocalDate birthDate = date(variables.get("childBirthDate"), unreadable);
    Integer birthOrder = wholeNumber(variables.get("birthOrder"));
    if (variables.get("birthOrder") != null && !variables.get("birthOrder").toString().isBlank() && birthOrder == null) {
      unreadable.reject("birthOrder", "孩次应为整数", "The birth order must be a whole number");
    }
    InvalidRequestException.throwIfAny(unreadable.errors());
    return new ChildcareSubsidyApplication(
        text(variables, "applicantName"), text(variables, "applicantIdNumber"), text(variables, "applicantPhone"),
        text(variables, "applicantRelationship"), text(variables, "divisionCode"), text(variables, "childName"),
        text(variables, "childIdNumber"), birthDate, birthOrder, text(variables, "otherParentName"),
        text(variables, "otherParentIdNumber"), text(variables, "bankName"), text(variables, "bankAccount"));
  }

  /** A whole number as a form or a JSON client may send it (2, 2L, 2.0, "2"); null when it is none. */
  static Integer wholeNumber(Object value) {
    if (value == null) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(value.toString().strip());
      return number.stripTrailingZeros().scale() <= 0 ? number.intValueExact() : null;
    } catch (NumberFormatException | ArithmeticException notWhole) {
      return null;
    }
  }

  private static LocalDate date(Object value, FieldChecks unreadable) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), TimeConfiguration.HARBIN);
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
    } catch (DateTimeParseException invalid) {
      unreadable.reject("childBirthDate", "子女出生日期格式不正确（应为 2025-03-14）",
          "The child's birth date must be written as 2025-03-14");
      return null;
    }
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString().strip();
  }
}
