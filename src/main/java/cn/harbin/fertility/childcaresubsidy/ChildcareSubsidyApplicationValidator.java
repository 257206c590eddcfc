package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.IdentityNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one validation of a childcare subsidy application, for the public API and for counter intake alike:
 * required fields, identity numbers (GB 11643), the child's birth date (not in the future, and the one in the
 * child's identity number), a Harbin division, phone and bank account formats.
 */
@Component
public class ChildcareSubsidyApplicationValidator {

  private final Clock clock;

  public ChildcareSubsidyApplicationValidator(Clock clock) {
    this.clock = clock;
  }

  public List<FieldError> validate(ChildcareSubsidyApplication application) {
    LocalDate today = LocalDate.now(clock);
    FieldChecks checks = new FieldChecks(today);
    Optional<IdentityNumber> applicant = checks.applicant(application.applicantName(),
        application.applicantIdNumber(), application.applicantPhone());
    checks.oneOf("applicantRelationship", application.applicantRelationship(),
        Arrays.stream(ChildcareSubsidyApplication.Relationship.values()).map(Enum::name).toList(), "与子女关系",
        "The relationship", "父亲（FATHER）、母亲（MOTHER）或监护人（GUARDIAN）", "FATHER, MOTHER or GUARDIAN");
    checks.harbinDivision("divisionCode", application.divisionCode());

    checks.name("childName", application.childName(), "子女姓名", "Child's name");
    Optional<IdentityNumber> child = checks.identityNumber("childIdNumber", application.childIdNumber(),
        "子女身份证号码", "Child's identity number");
    if (checks.required("childBirthDate", application.childBirthDate(), "子女出生日期", "Child's birth date")) {
      checks.pastDate("childBirthDate", application.childBirthDate(), "子女出生日期", "The child's birth date");
      checks.bornBefore("applicantIdNumber", applicant, application.childBirthDate(), "申请人", "The applicant");
      child.filter(number -> !number.birthDate().equals(application.childBirthDate())).ifPresent(number ->
          checks.reject("childBirthDate", "子女出生日期与其身份证号码中的出生日期（" + number.birthDate() + "）不一致",
              "The child's birth date differs from the one in the child's identity number (" + number.birthDate() + ")"));
    }
    if (checks.required("birthOrder", application.birthOrder(), "孩次", "Birth order")
        && (application.birthOrder() < 1 || application.birthOrder() > 20)) {
      checks.reject("birthOrder", "孩次应为1至20之间的整数", "The birth order must be a whole number from 1 to 20");
    }
    if (applicant.isPresent() && applicant.equals(child)) {
      checks.reject("childIdNumber", "子女身份证号码不能与申请人相同",
          "The child's identity number cannot be the applicant's");
    }

    boolean otherParentGiven = !isBlank(application.otherParentName()) || !isBlank(application.otherParentIdNumber());
    if (otherParentGiven) {
      checks.name("otherParentName", application.otherParentName(), "另一方父母姓名", "Other parent's name");
      checks.bornBefore("otherParentIdNumber", checks.identityNumber("otherParentIdNumber",
              application.otherParentIdNumber(), "另一方父母身份证号码", "Other parent's identity number"),
          application.childBirthDate(), "另一方父母", "The other parent");
    }

    checks.name("bankName", application.bankName(), "开户银行", "Bank");
    checks.bankAccount("bankAccount", application.bankAccount());
    return checks.errors();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
