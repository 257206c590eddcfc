package cn.harbin.fertility.marriagebirth;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.ChineseProvinces;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.policy.Ineligibility;
import cn.harbin.fertility.policy.MarriageBirthRules;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.population.PopulationRecord;
import cn.harbin.fertility.population.PopulationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one validation of a one-stop application: both identity numbers, where each partner is registered (as declared,
 * or as the population registry holds it), the services, and the legal marriage age when the couple registers its
 * marriage here (MarriageBirthRules).
 */
@Component
public class MarriageBirthApplicationValidator {

  private final PolicyParameterSource parameters;
  private final PopulationRegistry registry;
  private final Clock clock;

  public MarriageBirthApplicationValidator(PolicyParameterSource parameters, PopulationRegistry registry, Clock clock) {
    this.parameters = parameters;
    this.registry = registry;
    this.clock = clock;
  }

  public List<FieldError> validate(MarriageBirthApplication application) {
    FieldChecks checks = new FieldChecks(LocalDate.now(clock));
    List<MarriageBirthApplication.Partner> partners =
        application.partners() == null ? List.of() : application.partners().stream().filter(Objects::nonNull).toList();
    if (partners.size() != 2) {
      checks.reject("partners", "请填写男女双方的信息", "Give both partners");
    }
    Optional<MarriageBirthRules.Partner> first = Optional.empty();
    Optional<MarriageBirthRules.Partner> second = Optional.empty();
    for (int i = 0; i < partners.size() && i < 2; i++) {
      MarriageBirthApplication.Partner partner = partners.get(i);
      String field = "partners[" + i + "]";
      checks.name(field + ".name", partner.name(), "姓名", "Name");
      Optional<IdentityNumber> id = checks.identityNumber(field + ".idNumber", partner.idNumber(), "身份证号码",
          "Identity number");
      checks.mobilePhone(field + ".phone", partner.phone());
      Optional<HarbinDivision> division = Optional.empty();
      if (partner.divisionCode() != null && !partner.divisionCode().isBlank()) {
        division = checks.harbinDivision(field + ".divisionCode", partner.divisionCode());
      } else {
        checks.province(field + ".province", partner.province(), "户籍所在省份（非哈尔滨户籍时）",
            "The province of the household registration (when not in Harbin)");
      }
      if (id.isPresent()) {
        Optional<MarriageBirthRules.Partner> ruled = Optional.of(new MarriageBirthRules.Partner(id.get().value(),
            id.get().male(), id.get().birthDate(), household(id.get(), division.map(HarbinDivision::code)),
            otherProvince(partner)));
        if (i == 0) {
          first = ruled;
        } else {
          second = ruled;
        }
      }
    }
    if (partners.size() == 2 && partners.stream().allMatch(partner -> partner.divisionCode() == null
        || partner.divisionCode().isBlank())) {
      checks.reject("partners", "至少一方须为哈尔滨市户籍，由其户籍所在区县（市）办理",
          "At least one partner must be registered in Harbin; that division serves the couple");
    }
    boolean married = Boolean.TRUE.equals(application.alreadyMarried());
    if (married) {
      checks.text("marriageCertificateNumber", application.marriageCertificateNumber(), 40, false, "结婚证字号",
          "Marriage certificate number");
    }
    List<String> known = Arrays.stream(MarriageBirthApplication.Service.values()).map(Enum::name).toList();
    checks.choices("services", application.services(), known, "服务", "Services");
    if (application.chose(MarriageBirthApplication.Service.BIRTH_REGISTRATION)
        && (application.plannedChildOrder() == null || application.plannedChildOrder() < 1
            || application.plannedChildOrder() > 10)) {
      checks.reject("plannedChildOrder", "生育登记须填写计划生育的孩次（1至10）", "Birth registration needs the planned child's order (1 to 10)");
    }
    if (first.isPresent() && second.isPresent()) {
      for (Ineligibility reason : new MarriageBirthRules(parameters)
          .check(first.get(), second.get(), !married, LocalDate.now(clock)).ineligibilities()) {
        checks.reject("partners", reason.messageZh(), reason.messageEn());
      }
    }
    return checks.errors();
  }

  /** The rules' outcome for an application that passed {@link #validate}: cross-province, the serving division. */
  public MarriageBirthRules.Outcome outcomeOf(MarriageBirthApplication validApplication) {
    List<MarriageBirthRules.Partner> ruled = validApplication.partners().stream().map(partner -> {
      IdentityNumber id = IdentityNumber.parse(partner.idNumber()).orElseThrow();
      Optional<String> division = partner.divisionCode() == null || partner.divisionCode().isBlank()
          ? Optional.empty() : Optional.of(partner.divisionCode().strip());
      return new MarriageBirthRules.Partner(id.value(), id.male(), id.birthDate(), household(id, division),
          otherProvince(partner));
    }).toList();
    return new MarriageBirthRules(parameters).check(ruled.get(0), ruled.get(1),
        !Boolean.TRUE.equals(validApplication.alreadyMarried()), LocalDate.now(clock));
  }

  /** The Harbin division of the household registration: as declared, or else as the population registry holds it. */
  private Optional<String> household(IdentityNumber id, Optional<String> declared) {
    return declared.or(() -> registry.find(id.value()).map(PopulationRecord::divisionCode)
        .filter(code -> HarbinDivision.ofCode(code).isPresent()));
  }

  /** The province's full name, however the applicant wrote it. */
  private static Optional<String> otherProvince(MarriageBirthApplication.Partner partner) {
    return partner.province() == null || partner.province().isBlank() ? Optional.empty()
        : ChineseProvinces.named(partner.province());
  }
}
