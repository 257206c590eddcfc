package cn.harbin.fertility.marriagebirth;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** A couple's one-stop application (§3.2.3): marriage registration and the services they choose. */
@Schema(description = "婚育一站式服务申请 / one-stop marriage, health-education and birth-guidance application")
public record MarriageBirthApplication(
    @Schema(description = "男女双方；第一位为申请人 / both partners, the first is the applicant") List<Partner> partners,
    @Schema(description = "已登记结婚 / already married") Boolean alreadyMarried,
    @Schema(description = "结婚证字号（已婚时必填） / marriage certificate number") String marriageCertificateNumber,
    @Schema(description = "选择的服务 / chosen services", allowableValues = {"HEALTH_EDUCATION", "PREMARITAL_CHECK",
        "PRE_PREGNANCY_CHECK", "BIRTH_REGISTRATION"}) List<String> services,
    @Schema(description = "生育登记：计划生育的孩次 / birth registration: the planned child's order") Integer plannedChildOrder) {

  /**
   * @param divisionCode household registration in Harbin (one of the 18 divisions), or
   * @param province the province of a household registration elsewhere
   */
  public record Partner(String name, String idNumber, String phone, String divisionCode, String province) {}

  public enum Service {
    HEALTH_EDUCATION,
    PREMARITAL_CHECK,
    PRE_PREGNANCY_CHECK,
    BIRTH_REGISTRATION
  }

  /** The fields of the start form {@code marriage-birth-intake}, as the counter and the portal send them. */
  public static MarriageBirthApplication fromForm(Map<String, Object> form) {
    return CounterApplication.from(form);
  }

  public boolean chose(Service service) {
    return services != null && services.contains(service.name());
  }
}
