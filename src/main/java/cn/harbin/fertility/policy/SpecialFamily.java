package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A family applying for the family-planning schemes of §3.5 as the rules need to know it: the household type,
 * the parents and every child ever born to or adopted by the couple.
 */
public record SpecialFamily(Household household, List<Parent> parents, List<Child> children, LocalDate applicationDate) {

  /** 户籍性质: the national amounts of 特别扶助 differ, and 奖励扶助's two-daughter rule is for rural families. */
  public enum Household {
    URBAN,
    RURAL
  }

  public enum Sex {
    MALE,
    FEMALE
  }

  /** 失能 / 半失能: how much help a parent needs in daily life (nursing subsidy, §3.5.2). */
  public enum Dependency {
    NONE,
    PARTIAL,
    FULL
  }

  public record Parent(String idNumber, Sex sex, LocalDate birthDate, Dependency dependency) {

    public int ageOn(LocalDate day) {
      return birthDate.until(day).getYears();
    }
  }

  /**
   * @param disabilityGrade the grade of the child's disability certificate (1 most severe … 4), or {@code null}
   */
  public record Child(Sex sex, LocalDate birthDate, boolean living, Integer disabilityGrade, boolean adopted) {}

  public long livingChildren() {
    return children.stream().filter(Child::living).count();
  }
}
