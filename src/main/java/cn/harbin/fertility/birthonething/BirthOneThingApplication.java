package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyApplication;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One application after a birth (新生儿出生一件事), from the public API or the counter start form (whose field keys are
 * these names): the family as the childcare subsidy knows it, and the optional facts that other schemes need.
 */
public record BirthOneThingApplication(
    @Schema(description = "申请人姓名 / applicant's name", example = "刘丽") String applicantName,
    @Schema(description = "申请人身份证号码 / applicant's identity number", example = "230102199203150124")
    String applicantIdNumber,
    @Schema(description = "申请人手机号码 / applicant's mobile phone", example = "13904510001") String applicantPhone,
    @Schema(description = "与子女关系 FATHER / MOTHER / GUARDIAN", example = "MOTHER") String applicantRelationship,
    @Schema(description = "子女户籍所在区县（市）代码 / the child's household-registration division", example = "230102")
    String divisionCode,
    @Schema(description = "子女姓名 / child's name", example = "陈三") String childName,
    @Schema(description = "子女身份证号码 / child's identity number") String childIdNumber,
    @Schema(description = "子女出生日期 / child's birth date", example = "2026-09-09") LocalDate childBirthDate,
    @Schema(description = "孩次 / birth order", example = "3") Integer birthOrder,
    @Schema(description = "另一方父母姓名 / other parent's name") String otherParentName,
    @Schema(description = "另一方父母身份证号码 / other parent's identity number") String otherParentIdNumber,
    @Schema(description = "开户银行 / bank", example = "中国工商银行哈尔滨道里支行") String bankName,
    @Schema(description = "银行账号 / bank account number") String bankAccount,
    @Schema(description = "新建商品住房网签备案号（购房补贴，选填） / filing number of a new home's contract (optional)")
    String homeFilingNumber,
    @Schema(description = "所购住房所在区县（市）代码 / division of the home", example = "230102") String homeDivisionCode,
    @Schema(description = "购房合同签订日期 / contract date", example = "2026-10-01") LocalDate homeContractDate,
    @Schema(description = "是否符合哈尔滨市公租房保障条件 / qualified for public rental housing")
    Boolean publicRentalQualified) {

  /** The family as the city's childcare subsidy reads it (its call activity gets the same variables). */
  public ChildcareSubsidyApplication family() {
    return new ChildcareSubsidyApplication(applicantName, applicantIdNumber, applicantPhone, applicantRelationship,
        divisionCode, childName, childIdNumber, childBirthDate, birthOrder, otherParentName, otherParentIdNumber,
        bankName, bankAccount);
  }

  /** The child's identity number as the records keep it, however it was typed (valid once the application is). */
  public String recordedChildIdNumber() {
    return IdentityNumber.parse(childIdNumber).orElseThrow().value();
  }

  public boolean declaresHomePurchase() {
    return !blank(homeFilingNumber) || !blank(homeDivisionCode) || homeContractDate != null;
  }

  public Map<String, Object> toVariables() {
    Map<String, Object> variables = new LinkedHashMap<>(family().toVariables());
    variables.put("homeFilingNumber", homeFilingNumber);
    variables.put("homeDivisionCode", homeDivisionCode);
    variables.put("homeContractDate", homeContractDate == null ? null : homeContractDate.toString());
    variables.put("publicRentalQualified", Boolean.TRUE.equals(publicRentalQualified));
    return variables;
  }

  /** The counter start form's fields (or any start's variables). */
  public static BirthOneThingApplication fromVariables(Map<String, Object> variables) {
    ChildcareSubsidyApplication family = ChildcareSubsidyApplication.fromVariables(variables);
    Object contractDate = variables.get("homeContractDate");
    LocalDate contract;
    try {
      contract = contractDate == null || contractDate.toString().isBlank() ? null
          : LocalDate.parse(contractDate.toString().strip());
    } catch (DateTimeParseException unreadable) {
      throw new InvalidRequestException(List.of(new FieldError("homeContractDate", "购房合同日期应为 YYYY-MM-DD",
          "The contract date must be YYYY-MM-DD")));
    }
    Object rental = variables.get("publicRentalQualified");
    return new BirthOneThingApplication(family.applicantName(), family.applicantIdNumber(), family.applicantPhone(),
        family.applicantRelationship(), family.divisionCode(), family.childName(), family.childIdNumber(),
        family.childBirthDate(), family.birthOrder(), family.otherParentName(), family.otherParentIdNumber(),
        family.bankName(), family.bankAccount(), text(variables.get("homeFilingNumber")),
        text(variables.get("homeDivisionCode")), contract,
        rental instanceof Boolean flag ? flag : rental != null && Boolean.parseBoolean(rental.toString()));
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
