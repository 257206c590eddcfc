package cn.harbin.fertility.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.harbin.fertility.policy.SpecialFamily.Child;
import cn.harbin.fertility.policy.SpecialFamily.Dependency;
import cn.harbin.fertility.policy.SpecialFamily.Household;
import cn.harbin.fertility.policy.SpecialFamily.Parent;
import cn.harbin.fertility.policy.SpecialFamily.Sex;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.Benefit;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.Frequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §3.5.1–§3.5.3 with the national figures of CLAUSES.md. */
class SpecialFamilyRulesTest {

  private static final LocalDate APPLIED = LocalDate.of(2026, 11, 28);
  private static final String MOTHER = "230102197701010027";
  private static final String FATHER = "230102197501010011";

  private final SpecialFamilyRules rules =
      new SpecialFamilyRules(SpecialFamilyParameters.from(InMemoryPolicyParameters.seeded()));

  private static Parent mother(LocalDate born) {
    return new Parent(MOTHER, Sex.FEMALE, born, Dependency.NONE);
  }

  private static Parent father(LocalDate born, Dependency dependency) {
    return new Parent(FATHER, Sex.MALE, born, dependency);
  }

  private static Child died(LocalDate born) {
    return new Child(Sex.MALE, born, false, null, false);
  }

  private static Child living(LocalDate born, Sex sex, Integer disabilityGrade) {
    return new Child(sex, born, true, disabilityGrade, false);
  }

  private SpecialFamilyAssessment assess(Household household, List<Parent> parents, List<Child> children) {
    return rules.assess(new SpecialFamily(household, parents, children, APPLIED), EnumSet.allOf(SupportService.class));
  }

  private static List<Parent> parentsBorn(LocalDate mother, LocalDate father) {
    return List.of(mother(mother), father(father, Dependency.NONE));
  }

  @ParameterizedTest(name = "mother born {0}: eligible {1}")
  @CsvSource({"1977-11-28, true", "1977-11-29, false"})
  void theMotherMustBe49(LocalDate motherBorn, boolean eligible) {
    SpecialFamilyAssessment assessment = assess(Household.URBAN, parentsBorn(motherBorn, LocalDate.of(1975, 1, 1)),
        List.of(died(LocalDate.of(2000, 5, 1))));

    assertThat(assessment.scheme(SpecialFamilyParameters.SPECIAL_ASSISTANCE).eligible()).isEqualTo(eligible);
  }

  @ParameterizedTest(name = "{0} {1}: {2} a month per parent")
  @CsvSource({"URBAN, lost, 340.00", "RURAL, lost, 170.00", "URBAN, disabled, 270.00", "RURAL, disabled, 150.00"})
  void eachParentGetsTheAmountOfTheirCategoryAndHousehold(Household household, String category, BigDecimal amount) {
    Child child = category.equals("lost") ? died(LocalDate.of(2000, 5, 1)) : living(LocalDate.of(2000, 5, 1), Sex.MALE, 2);

    SpecialFamilyAssessment assessment = assess(household,
        parentsBorn(LocalDate.of(1970, 1, 1), LocalDate.of(1968, 1, 1)), List.of(child));

    assertThat(assessment.scheme(SpecialFamilyParameters.SPECIAL_ASSISTANCE).benefits())
        .extracting(Benefit::parentIdNumber, Benefit::frequency, Benefit::amount)
        .containsExactly(tuple(MOTHER, Frequency.MONTHLY, amount),
            tuple(FATHER, Frequency.MONTHLY, amount));
  }

  @ParameterizedTest(name = "disability grade {0}: eligible {1}")
  @CsvSource({"3, true", "4, false"})
  void onlyGradesOneToThreeCount(int grade, boolean eligible) {
    SpecialFamilyAssessment assessment = assess(Household.URBAN,
        parentsBorn(LocalDate.of(1970, 1, 1), LocalDate.of(1968, 1, 1)),
        List.of(living(LocalDate.of(2000, 5, 1), Sex.FEMALE, grade)));

    assertThat(assessment.scheme(SpecialFamilyParameters.SPECIAL_ASSISTANCE).eligible()).isEqualTo(eligible);
  }

  @Test
  void aCoupleWithAnotherLivingChildIsNoSpecialFamily() {
    SpecialFamilyAssessment assessment = assess(Household.URBAN,
        parentsBorn(LocalDate.of(1970, 1, 1), LocalDate.of(1968, 1, 1)),
        List.of(died(LocalDate.of(1998, 5, 1)), new Child(Sex.FEMALE, LocalDate.of(2004, 3, 3), true, null, true)));

    assertThat(assessment.scheme(SpecialFamilyParameters.SPECIAL_ASSISTANCE).ineligibilities())
        .extracting(Ineligibility::code).containsExactly("NOT_A_SPECIAL_FAMILY");
    assertThat(assessment.services()).allSatisfy(service -> assertThat(service.eligible()).isFalse());
  }

  @ParameterizedTest(name = "only child born {0}: reward {1}")
  @CsvSource({"2015-12-31, true", "2016-01-01, false"})
  void rewardIsForOnlyChildrenBornBeforeTheTwoChildPolicy(LocalDate born, boolean eligible) {
    SpecialFamilyAssessment assessment = assess(Household.URBAN,
        parentsBorn(LocalDate.of(1960, 1, 1), LocalDate.of(1958, 1, 1)), List.of(living(born, Sex.MALE, null)));

    assertThat(assessment.scheme(SpecialFamilyParameters.REWARD_ASSISTANCE).eligible()).isEqualTo(eligible);
  }

  @Test
  void rewardIsPaidToEachParentFromSixty() {
    SpecialFamilyAssessment assessment = assess(Household.RURAL,
        parentsBorn(LocalDate.of(1966, 11, 29), LocalDate.of(1966, 11, 28)),
        List.of(living(LocalDate.of(1990, 1, 1), Sex.FEMALE, null), living(LocalDate.of(1993, 1, 1), Sex.FEMALE, null)));

    assertThat(assessment.scheme(SpecialFamilyParameters.REWARD_ASSISTANCE).benefits()).singleElement()
        .satisfies(benefit -> {
          assertThat(benefit.parentIdNumber()).isEqualTo(FATHER);
          assertThat(benefit.frequency()).isEqualTo(Frequency.YEARLY);
          assertThat(benefit.amount()).isEqualTo(new BigDecimal("600.00"));
        });
  }

  @Test
  void urbanTwoDaughtersAreNoRewardFamily() {
    SpecialFamilyAssessment assessment = assess(Household.URBAN,
        parentsBorn(LocalDate.of(1960, 1, 1), LocalDate.of(1958, 1, 1)),
        List.of(living(LocalDate.of(1990, 1, 1), Sex.FEMALE, null), living(LocalDate.of(1993, 1, 1), Sex.FEMALE, null)));

    assertThat(assessment.scheme(SpecialFamilyParameters.REWARD_ASSISTANCE).eligible()).isFalse();
  }

  @Test
  void aBereavedElderlyFamilyQualifiesForSeveralSchemesAtOnce() {
    SpecialFamilyAssessment assessment = assess(Household.URBAN,
        List.of(mother(LocalDate.of(1960, 1, 1)), father(LocalDate.of(1958, 1, 1), Dependency.PARTIAL)),
        List.of(died(LocalDate.of(1985, 5, 1))));

    assertThat(assessment.schemes()).allSatisfy(scheme -> assertThat(scheme.eligible()).as(scheme.scheme()).isTrue());
    assertThat(assessment.scheme(SpecialFamilyParameters.NURSING_SUBSIDY).benefits()).singleElement()
        .satisfies(benefit -> {
          assertThat(benefit.parentIdNumber()).isEqualTo(FATHER);
          assertThat(benefit.awaitingStandard()).as("no standard set yet: neither zero nor a made-up figure").isTrue();
        });
    assertThat(assessment.appliedParameters()).containsEntry("nursing-subsidy/monthlyAmount",
        "待定 awaiting the city's standard (§3.5.2)");
    assertThat(assessment.services()).allSatisfy(service -> assertThat(service.eligible()).isTrue());
  }

  @Test
  void theNursingSubsidyOnceTheCitySetsIt() {
    PolicyParameterSource withStandard = InMemoryPolicyParameters.seeded()
        .with(SpecialFamilyParameters.NURSING_SUBSIDY, "monthlyAmount", LocalDate.of(2026, 1, 1), "200");
    SpecialFamilyAssessment assessment = new SpecialFamilyRules(SpecialFamilyParameters.from(withStandard)).assess(
        new SpecialFamily(Household.URBAN,
            List.of(mother(LocalDate.of(1960, 1, 1)), father(LocalDate.of(1958, 1, 1), Dependency.FULL)),
            List.of(died(LocalDate.of(1985, 5, 1))), APPLIED), Set.of());

    assertThat(assessment.scheme(SpecialFamilyParameters.NURSING_SUBSIDY).benefits()).singleElement()
        .satisfies(benefit -> assertThat(benefit.amount()).isEqualTo(new BigDecimal("200.00")));
  }

  @ParameterizedTest(name = "parent born {0}: nursing {1}")
  @CsvSource({"1966-11-28, true", "1966-11-29, false"})
  void nursingStartsAtSixty(LocalDate fatherBorn, boolean eligible) {
    SpecialFamilyAssessment assessment = assess(Household.URBAN,
        List.of(mother(LocalDate.of(1970, 1, 1)), father(fatherBorn, Dependency.FULL)),
        List.of(died(LocalDate.of(1995, 5, 1))));

    assertThat(assessment.scheme(SpecialFamilyParameters.NURSING_SUBSIDY).eligible()).isEqualTo(eligible);
  }

  @Test
  void priorityHousingIsForUrbanFamiliesAndOnlyWhatWasAskedForIsDecided() {
    SpecialFamilyAssessment assessment = rules.assess(new SpecialFamily(Household.RURAL,
        parentsBorn(LocalDate.of(1970, 1, 1), LocalDate.of(1968, 1, 1)), List.of(died(LocalDate.of(2000, 5, 1))),
        APPLIED), EnumSet.of(SupportService.PRIORITY_HOUSING, SupportService.CARE_VISITS));

    assertThat(assessment.services()).extracting(service -> service.service(), service -> service.eligible())
        .containsExactly(tuple(SupportService.PRIORITY_HOUSING, false),
            tuple(SupportService.CARE_VISITS, true));
  }
}
