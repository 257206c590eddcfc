package cn.harbin.fertility.policy;

import cn.harbin.fertility.policy.SpecialFamily.Child;
import cn.harbin.fertility.policy.SpecialFamily.Dependency;
import cn.harbin.fertility.policy.SpecialFamily.Household;
import cn.harbin.fertility.policy.SpecialFamily.Parent;
import cn.harbin.fertility.policy.SpecialFamily.Sex;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.Benefit;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.Frequency;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.SchemeOutcome;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.ServiceOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schemes of §3.5 for one family. A family may qualify for several at once; where it does not, each scheme says
 * why.
 *
 * <ul>
 *   <li>特别扶助 {@code special-assistance} (§3.5.2): the couple's only child died (失独), or their only living
 *       child has a disability certificate of grade 1–3 (伤残); the mother is 49 or older; no other living child,
 *       born or adopted. Each parent: a monthly amount by category and urban/rural household.
 *   <li>奖励扶助 {@code reward-assistance} (§3.5.1): an only child born before the universal two-child policy
 *       (2016-01-01), or a rural family with two daughters and no son. Each parent aged 60 or older: a yearly amount.
 *   <li>护理补贴 {@code nursing-subsidy} (§3.5.2): a parent aged 60 or older who lost the only child and is 失能 or
 *       半失能. Monthly; until the city sets the amount, the benefit is granted and awaits the standard.
 *   <li>Support services (§3.5.2, §3.5.3) are for special families (失独 or 伤残); priority housing for urban
 *       households only, elderly-care admission for a parent aged 60 or older.
 * </ul>
 */
public final class SpecialFamilyRules {

  private final SpecialFamilyParameters parameters;

  public SpecialFamilyRules(SpecialFamilyParameters parameters) {
    this.parameters = parameters;
  }

  /** 失独 (lost), 伤残 (disabled), or neither. */
  enum Category {
    LOST("lost"),
    DISABLED("disabled");

    final String key;

    Category(String key) {
      this.key = key;
    }
  }

  public SpecialFamilyAssessment assess(SpecialFamily family, Set<SupportService> requested) {
    LocalDate day = family.applicationDate();
    Map<String, String> used = new LinkedHashMap<>();
    Optional<Category> category = category(family, record(used, SpecialFamilyParameters.SPECIAL_ASSISTANCE, parameters.maximumDisabilityGrade(), day));
    List<SchemeOutcome> schemes = List.of(
        specialAssistance(family, category, used),
        rewardAssistance(family, used),
        nursingSubsidy(family, category, used));
    List<ServiceOutcome> services = new ArrayList<>();
    for (SupportService service : SupportService.values()) {
      if (requested.contains(service)) {
        services.add(new ServiceOutcome(service, serviceRefusal(service, family, category, used)));
      }
    }
    return new SpecialFamilyAssessment(schemes, services, used);
  }

  private static Optional<Category> category(SpecialFamily family, int maximumGrade) {
    if (family.children().isEmpty()) {
      return Optional.empty();
    }
    if (family.livingChildren() == 0) {
      return Optional.of(Category.LOST);
    }
    List<Child> living = family.children().stream().filter(Child::living).toList();
    Integer grade = living.get(0).disabilityGrade();
    boolean severelyDisabled = grade != null && grade >= 1 && grade <= maximumGrade;
    return living.size() == 1 && severelyDisabled ? Optional.of(Category.DISABLED) : Optional.empty();
  }

  private SchemeOutcome specialAssistance(SpecialFamily family, Optional<Category> category, Map<String, String> used) {
    String clause = "§3.5.2";
    List<Ineligibility> reasons = new ArrayList<>();
    if (category.isEmpty()) {
      reasons.add(new Ineligibility("NOT_A_SPECIAL_FAMILY", clause,
          "特别扶助仅限独生子女死亡，或唯一存活子女持有1至3级残疾证、且无其他存活子女（含收养）的家庭",
          "Special assistance is for couples whose only child died, or whose only living child holds a disability "
              + "certificate of grade 1 to 3, with no other living child, born or adopted"));
    }
    int motherAge = record(used, SpecialFamilyParameters.SPECIAL_ASSISTANCE, parameters.motherMinimumAge(), family.applicationDate());
    Optional<Parent> mother = family.parents().stream().filter(parent -> parent.sex() == Sex.FEMALE).findFirst();
    if (mother.isEmpty() || mother.get().ageOn(family.applicationDate()) < motherAge) {
      reasons.add(new Ineligibility("MOTHER_UNDER_AGE", clause, "特别扶助要求女方年满" + motherAge + "周岁",
          "Special assistance requires the mother to be " + motherAge + " or older"));
    }
    if (!reasons.isEmpty()) {
      return new SchemeOutcome(SpecialFamilyParameters.SPECIAL_ASSISTANCE, clause, List.of(), reasons);
    }
    String key = category.get().key + "." + family.household().name().toLowerCase();
    DatedParameter<BigDecimal> amount = parameters.specialAssistanceMonthly().get(key);
    BigDecimal monthly = record(used, SpecialFamilyParameters.SPECIAL_ASSISTANCE, amount, family.applicationDate());
    List<Benefit> benefits = family.parents().stream()
        .map(parent -> new Benefit(parent.idNumber(), Frequency.MONTHLY, monthly,
            DatedRates.rate(SpecialFamilyParameters.SPECIAL_ASSISTANCE, amount.name())))
        .toList();
    return new SchemeOutcome(SpecialFamilyParameters.SPECIAL_ASSISTANCE, clause, benefits, List.of());
  }

  private SchemeOutcome rewardAssistance(SpecialFamily family, Map<String, String> used) {
    String clause = "§3.5.1";
    LocalDate day = family.applicationDate();
    LocalDate bornBefore = record(used, SpecialFamilyParameters.REWARD_ASSISTANCE, parameters.onlyChildBornBefore(), day);
    List<Child> children = family.children();
    boolean onlyChildFamily = children.size() == 1 && children.get(0).birthDate().isBefore(bornBefore);
    boolean ruralTwoDaughters = family.household() == Household.RURAL && children.size() == 2
        && children.stream().allMatch(child -> child.sex() == Sex.FEMALE);
    if (!onlyChildFamily && !ruralTwoDaughters) {
      return new SchemeOutcome(SpecialFamilyParameters.REWARD_ASSISTANCE, clause, List.of(), List.of(new Ineligibility(
          "NOT_AN_ELIGIBLE_FAMILY", clause,
          "奖励扶助仅限" + bornBefore + "前生育的独生子女家庭和农村计划生育双女家庭",
          "Reward assistance is for families whose only child was born before " + bornBefore
              + ", and rural families with two daughters and no son")));
    }
    int minimumAge = record(used, SpecialFamilyParameters.REWARD_ASSISTANCE, parameters.rewardParentMinimumAge(), day);
    BigDecimal yearly = record(used, SpecialFamilyParameters.REWARD_ASSISTANCE, parameters.rewardYearly(), day);
    List<Benefit> benefits = family.parents().stream().filter(parent -> parent.ageOn(day) >= minimumAge)
        .map(parent -> new Benefit(parent.idNumber(), Frequency.YEARLY, yearly,
            DatedRates.rate(SpecialFamilyParameters.REWARD_ASSISTANCE, parameters.rewardYearly().name())))
        .toList();
    if (benefits.isEmpty()) {
      return new SchemeOutcome(SpecialFamilyParameters.REWARD_ASSISTANCE, clause, List.of(), List.of(new Ineligibility(
          "PARENTS_UNDER_AGE", clause, "奖励扶助自父母年满" + minimumAge + "周岁起发放，父母均未满" + minimumAge + "周岁",
          "Reward assistance is paid to each parent from age " + minimumAge + "; neither parent is " + minimumAge + " yet")));
    }
    return new SchemeOutcome(SpecialFamilyParameters.REWARD_ASSISTANCE, clause, benefits, List.of());
  }

  private SchemeOutcome nursingSubsidy(SpecialFamily family, Optional<Category> category, Map<String, String> used) {
    String clause = "§3.5.2";
    LocalDate day = family.applicationDate();
    int minimumAge = record(used, SpecialFamilyParameters.NURSING_SUBSIDY, parameters.nursingParentMinimumAge(), day);
    if (category.orElse(null) != Category.LOST) {
      return new SchemeOutcome(SpecialFamilyParameters.NURSING_SUBSIDY, clause, List.of(), List.of(new Ineligibility(
          "NOT_BEREAVED", clause, "护理补贴仅限失去独生子女的父母", "The nursing subsidy is for parents who lost their only child")));
    }
    Optional<BigDecimal> monthly = parameters.nursingMonthly().valueOn(day);
    used.put(SpecialFamilyParameters.NURSING_SUBSIDY + "/" + parameters.nursingMonthly().name(),
        monthly.map(BigDecimal::toPlainString).orElse("待定 awaiting the city's standard") + " (" + clause + ")");
    List<Benefit> benefits = family.parents().stream()
        .filter(parent -> parent.ageOn(day) >= minimumAge && parent.dependency() != Dependency.NONE)
        .map(parent -> new Benefit(parent.idNumber(), Frequency.MONTHLY, monthly.orElse(null),
            DatedRates.rate(SpecialFamilyParameters.NURSING_SUBSIDY, parameters.nursingMonthly().name())))
        .toList();
    if (benefits.isEmpty()) {
      return new SchemeOutcome(SpecialFamilyParameters.NURSING_SUBSIDY, clause, List.of(), List.of(new Ineligibility(
          "NO_DEPENDENT_ELDERLY_PARENT", clause, "护理补贴发给年满" + minimumAge + "周岁且失能或半失能的父母，本家庭没有",
          "The nursing subsidy is for parents aged " + minimumAge + " or older who are disabled or partly disabled; "
              + "this family has none")));
    }
    return new SchemeOutcome(SpecialFamilyParameters.NURSING_SUBSIDY, clause, benefits, List.of());
  }

  /**
   * The month from which a benefit that a requalification finds due is owed (§3.5.1, §3.5.2). If the family, its facts
   * as they were confirmed before, was not due it on the day it was last assessed, it is owed from the first month
   * since on whose first day it was: a parent reached the scheme's age (奖励扶助 and the nursing subsidy at 60, 特别扶助
   * once the mother is 49), but not before the family's grant. Otherwise, or where only a change reported now makes it
   * due, it is owed from the month the requalification applies from: nobody knows since when such a change holds.
   *
   * @param asBefore the family as confirmed before any change reported now
   * @param lastAssessed the day the rules were last applied to the family: its grant's or last confirmation's
   * @param granted the month the family was granted, before which nothing is owed
   * @param from the month the requalification applies from
   */
  public YearMonth firstMonthOwed(SpecialFamily asBefore, String scheme, Benefit benefit, LocalDate lastAssessed,
      YearMonth granted, YearMonth from) {
    if (dueOn(asBefore, lastAssessed, scheme, benefit)) {
      return from;
    }
    YearMonth month = YearMonth.from(lastAssessed).plusMonths(1);
    for (month = month.isBefore(granted) ? granted : month; month.isBefore(from); month = month.plusMonths(1)) {
      if (dueOn(asBefore, month.atDay(1), scheme, benefit)) {
        return month;
      }
    }
    return from;
  }

  /** The family, its facts as they are but on that day, is due the benefit at its rate. */
  private boolean dueOn(SpecialFamily family, LocalDate day, String scheme, Benefit benefit) {
    SpecialFamily then = new SpecialFamily(family.household(), family.parents(), family.children(), day);
    return assess(then, Set.of()).schemes().stream().filter(outcome -> outcome.scheme().equals(scheme))
        .flatMap(outcome -> outcome.benefits().stream())
        .anyMatch(due -> due.parentIdNumber().equals(benefit.parentIdNumber()) && due.rate().equals(benefit.rate()));
  }

  private Ineligibility serviceRefusal(SupportService service, SpecialFamily family, Optional<Category> category,
      Map<String, String> used) {
    if (category.isEmpty()) {
      return new Ineligibility("NOT_A_SPECIAL_FAMILY", service.clause(), service.nameZh() + "仅面向计划生育特殊家庭（失独、伤残）",
          service.nameEn() + " is for special families (only child died or severely disabled)");
    }
    if (service == SupportService.PRIORITY_HOUSING && family.household() != Household.URBAN) {
      return new Ineligibility("NOT_URBAN", service.clause(), "保障性住房优先仅面向城镇特别扶助对象",
          "Priority public housing is for urban special families");
    }
    int elderly = record(used, SpecialFamilyParameters.NURSING_SUBSIDY, parameters.nursingParentMinimumAge(), family.applicationDate());
    if (service == SupportService.ELDERLY_CARE_ADMISSION
        && family.parents().stream().noneMatch(parent -> parent.ageOn(family.applicationDate()) >= elderly)) {
      return new Ineligibility("NO_ELDERLY_PARENT", service.clause(), "优先入住公办养老机构面向特殊家庭中的老年人（年满" + elderly + "周岁）",
          "Priority admission to public elderly-care homes is for parents aged " + elderly + " or older");
    }
    return null;
  }

  private static <T> T record(Map<String, String> used, String scheme, DatedParameter<T> parameter, LocalDate day) {
    T value = parameter.requireValueOn(day);
    used.put(scheme + "/" + parameter.name(), value + " (" + parameter.clause() + ")");
    return value;
  }
}
