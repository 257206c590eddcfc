package cn.harbin.fertility.specialfamily;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An application for the family-planning schemes of §3.5, as a parent states it. */
@Schema(description = "计划生育特殊家庭帮扶、奖励扶助申请 / special-family assistance application (§3.5)")
public record SpecialFamilyApplication(
    @Schema(description = "申请人（父母一方）姓名 / applicant, one of the parents") String applicantName,
    @Schema(description = "申请人身份证号码 / applicant's identity number") String applicantIdNumber,
    @Schema(description = "手机号码 / mobile phone", example = "13800451234") String applicantPhone,
    @Schema(description = "户籍所在区县（市）代码 / household-registration division", example = "230102") String divisionCode,
    @Schema(description = "户籍性质 / household type", allowableValues = {"URBAN", "RURAL"}) String household,
    @Schema(description = "父母（夫妻双方） / the couple") List<ParentEntry> parents,
    @Schema(description = "夫妻生育和收养的全部子女 / every child born to or adopted by the couple") List<ChildEntry> children,
    @Schema(description = "申请的帮扶服务 / support services asked for", allowableValues = {"PRIORITY_HOUSING",
        "ELDERLY_CARE_ADMISSION", "MEDICAL_GREEN_CHANNEL", "NURSING_INSURANCE", "CARE_VISITS"}) List<String> services,
    @Schema(description = "开户银行 / bank") String bankName,
    @Schema(description = "银行账号 / bank account number") String bankAccount) {

  /** The fields of the start form {@code special-family-intake}, as the counter and the portal send them. */
  public static SpecialFamilyApplication fromForm(Map<String, Object> form) {
    return CounterApplication.from(form);
  }

  /**
   * @param dependency 失能 FULL, 半失能 PARTIAL, or NONE (the default)
   */
  public record ParentEntry(String name, String idNumber, String dependency) {}

  /**
   * @param idNumber the child's identity number, where it had one
   * @param disabilityGrade the grade of the child's disability certificate (1–4), if any
   */
  public record ChildEntry(String name, String idNumber, LocalDate birthDate, String sex, Boolean living,
      Integer disabilityGrade, Boolean adopted) {}
}
