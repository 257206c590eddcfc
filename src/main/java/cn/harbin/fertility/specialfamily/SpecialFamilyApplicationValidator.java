package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.policy.SpecialFamily;
import cn.harbin.fertility.policy.SupportService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The one validation of a special-family application, for the public API and for counter intake alike. */
@Component
public class SpecialFamilyApplicationValidator {

  private final Clock clock;

  public SpecialFamilyApplicationValidator(Clock clock) {
    this.clock = clock;
  }

  public List<FieldError> validate(SpecialFamilyApplication application) {
    LocalDate today = LocalDate.now(clock);
    FieldChecks checks = new FieldChecks(today);
    Optional<IdentityNumber> applicant = checks.applicant(application.applicantName(),
        application.applicantIdNumber(), application.applicantPhone());
    checks.harbinDivision("divisionCode", application.divisionCode());
    checks.oneOf("household", application.household(), names(SpecialFamily.Household.values()), "户籍性质",
        "Household type", "城镇（URBAN）或农村（RURAL）", "URBAN or RURAL");

    List<SpecialFamilyApplication.ParentEntry> parents = orEmpty(application.parents());
    if (parents.isEmpty() || parents.size() > 2) {
      checks.reject("parents", "请填写夫妻一方或双方的信息（最多两人）", "Give one or both parents (two at most)");
    }
    Set<String> parentIds = new HashSet<>();
    List<IdentityNumber> parentNumbers = new ArrayList<>();
    for (int i = 0; i < parents.size(); i++) {
      SpecialFamilyApplication.ParentEntry parent = parents.get(i);
      String field = "parents[" + i + "]";
      checks.name(field + ".name", parent.name(), "父母姓名", "Parent's name");
      checks.identityNumber(field + ".idNumber", parent.idNumber(), "父母身份证号码", "Parent's identity number")
          .ifPresent(number -> {
            parentNumbers.add(number);
            if (!parentIds.add(number.value())) {
              checks.reject(field + ".idNumber", "同一人不能填写两次", "The same person appears twice");
            }
          });
      if (parent.dependency() != null && !parent.dependency().isBlank()) {
        checks.oneOf(field + ".dependency", parent.dependency(), names(SpecialFamily.Dependency.values()), "失能情况",
            "Dependency", "NONE（无）、PARTIAL（半失能）或 FULL（失能）", "NONE, PARTIAL or FULL");
      }
    }
    applicant.filter(number -> !parentIds.isEmpty() && !parentIds.contains(number.value())).ifPresent(number ->
        checks.reject("applicantIdNumber", "申请人须是所填父母之一", "The applicant must be one of the parents given"));

    List<SpecialFamilyApplication.ChildEntry> children = orEmpty(application.children());
    if (children.isEmpty() || children.size() > 10) {
      checks.reject("children", "请填写夫妻生育和收养的全部子女（至少一人，最多十人），包括已去世的子女",
          "Give every child born to or adopted by the couple, deceased ones included (one to ten)");
    }
    for (int i = 0; i < children.size(); i++) {
      SpecialFamilyApplication.ChildEntry child = children.get(i);
      String field = "children[" + i + "]";
      checks.name(field + ".name", child.name(), "子女姓名", "Child's name");
      if (checks.required(field + ".birthDate", child.birthDate(), "子女出生日期", "Child's birth date")) {
        checks.pastDate(field + ".birthDate", child.birthDate(), "子女出生日期", "The child's birth date");
        for (IdentityNumber parent : parentNumbers) {
          checks.bornBefore(field + ".birthDate", Optional.of(parent), child.birthDate(), "父母", "Each parent");
        }
      }
      checks.oneOf(field + ".sex", child.sex(), List.of("MALE", "FEMALE"), "子女性别", "Child's sex",
          "MALE（男）或 FEMALE（女）", "MALE or FEMALE");
      checks.required(field + ".living", child.living(), "子女是否健在", "Whether the child is living");
      if (child.disabilityGrade() != null && (child.disabilityGrade() < 1 || child.disabilityGrade() > 4)) {
        checks.reject(field + ".disabilityGrade", "残疾等级应为1至4级", "The disability grade must be 1 to 4");
      }
      if (child.idNumber() != null && !child.idNumber().isBlank()) {
        checks.identityNumber(field + ".idNumber", child.idNumber(), "子女身份证号码", "Child's identity number")
            .filter(number -> child.birthDate() != null && !number.birthDate().equals(child.birthDate()))
            .ifPresent(number -> checks.reject(field + ".birthDate", "子女出生日期与其身份证号码不一致",
                "The child's birth date differs from the one in the child's identity number"));
      }
    }
    checks.choices("services", application.services(), names(SupportService.values()), "帮扶服务",
        "Support services");
    checks.name("bankName", application.bankName(), "开户银行", "Bank");
    checks.bankAccount("bankAccount", application.bankAccount());
    return checks.errors();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
