package cn.harbin.fertility.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares what an applicant declared with the population registry (§3.1.4) before a benefit case goes to
 * review (§3.4.2a: the family's household registration and the child's birth order decide the claim).
 * Anything but a full match goes to the public security bureau to verify, guardianship included: the registry
 * does not record it.
 */
public final class HouseholdRegistrationCheck {

  public enum Result {
    MATCH,
    MISMATCH,
    NO_RECORD
  }

  public record Declared(String childIdNumber, int birthOrder, String applicantIdNumber, boolean applicantIsGuardian,
      String divisionCode) {}

  /** A person as the registry holds them; parents and birth order may be unknown. */
  public record Registered(String divisionCode, String fatherIdNumber, String motherIdNumber, Integer birthOrder) {}

  public record Outcome(Result result, List<String> findingsZh, List<String> findingsEn) {}

  private HouseholdRegistrationCheck() {}

  public static Outcome compare(Declared declared, Optional<Registered> child, Optional<Registered> applicant) {
    if (child.isEmpty()) {
      return new Outcome(Result.NO_RECORD, List.of("人口库中没有该子女的户籍记录"),
          List.of("The population registry has no record of the child"));
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    Registered registered = child.get();
    if (registered.birthOrder() != null && registered.birthOrder() != declared.birthOrder()) {
      zh.add("申报孩次为" + declared.birthOrder() + "，户籍登记为" + registered.birthOrder());
      en.add("Declared birth order " + declared.birthOrder() + ", registered " + registered.birthOrder());
    }
    boolean applicantIsParent = declared.applicantIdNumber().equals(registered.fatherIdNumber())
        || declared.applicantIdNumber().equals(registered.motherIdNumber());
    if (!applicantIsParent && declared.applicantIsGuardian()) {
      zh.add("人口库不记载监护关系，须核实申请人是否为该子女的监护人");
      en.add("The registry does not record guardianship: whether the applicant is the child's guardian must be verified");
    } else if (!applicantIsParent) {
      zh.add("户籍登记中申请人不是该子女的父亲或母亲");
      en.add("The registry does not list the applicant as the child's father or mother");
    }
    String applicantDivision = applicant.map(Registered::divisionCode).orElse(null);
    if (applicant.isEmpty()) {
      zh.add("人口库中没有申请人的户籍记录");
      en.add("The population registry has no record of the applicant");
    } else if (!Objects.equals(applicantDivision, declared.divisionCode())) {
      zh.add("申报户籍所在地为" + declared.divisionCode() + "，户籍登记为" + applicantDivision);
      en.add("Declared household registration " + declared.divisionCode() + ", registered " + applicantDivision);
    }
    return new Outcome(zh.isEmpty() ? Result.MATCH : Result.MISMATCH, zh, en);
  }
}
