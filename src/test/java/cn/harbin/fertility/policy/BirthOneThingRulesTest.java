package cn.harbin.fertility.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.policy.BirthFacts.HomePurchase;
import cn.harbin.fertility.policy.SchemeOutcome.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BirthOneThingRulesTest {

  private static final LocalDate BIRTH = LocalDate.of(2026, 3, 10);
  private static final LocalDate RECEIVED = LocalDate.of(2026, 4, 1);

  private final BirthOneThingRules rules =
      new BirthOneThingRules(BirthSchemeParameters.from(InMemoryPolicyParameters.seeded()));

  @ParameterizedTest
  @CsvSource({"1, NOT_APPLICABLE, , NOT_APPLICABLE, NOT_APPLICABLE",
      "2, APPLIES, 15000.00, APPLIES, APPLIES",
      "3, APPLIES, 20000.00, APPLIES, APPLIES",
      "4, NOT_APPLICABLE, , APPLIES, APPLIES"})
  void birthOrderDecidesTheHousingSchemes(int birthOrder, Result home, BigDecimal amount, Result fund,
      Result rental) {
    BirthFacts facts = facts(birthOrder, Optional.of(purchase("230102", LocalDate.of(2026, 5, 1))), true);
    SchemeOutcome homePurchase = rules.homePurchase(facts);
    assertThat(homePurchase.result()).isEqualTo(home);
    assertThat(homePurchase.amount().orElse(null)).isEqualTo(amount);
    assertThat(rules.providentFund(facts).result()).isEqualTo(fund);
    assertThat(rules.publicRental(facts).result()).isEqualTo(rental);
    assertThat(rules.nationalSubsidy(facts).result()).as("any birth order").isEqualTo(Result.APPLIES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"230102", "230103", "230104", "230108", "230109", "230110", "230111", "230112", "230113"})
  void aHomeInEachUrbanDistrictQualifies(String district) {
    assertThat(rules.homePurchase(facts(2, Optional.of(purchase(district, LocalDate.of(2026, 5, 1))), false))
        .result()).isEqualTo(Result.APPLIES);
  }

  @Test
  void aHomeInACountyDoesNot() {
    SchemeOutcome binCounty = rules.homePurchase(facts(2, Optional.of(purchase("230125", LocalDate.of(2026, 5, 1))),
        false));
    assertThat(binCounty.result()).isEqualTo(Result.NOT_APPLICABLE);
    assertThat(binCounty.explanationZh()).contains("九城区", "230125");
    assertThat(rules.homePurchase(facts(2, Optional.empty(), false)).explanationZh()).contains("未申报");
  }

  @Test
  void aChildWhoseSubsidyWasGrantedBeforeHasNoSecondOne() {
    BirthFacts again = new BirthFacts(BIRTH, 2, "230102", Optional.of(purchase("230110", LocalDate.of(2026, 5, 1))),
        false, RECEIVED, Optional.of("CS-2026-000007"));

    SchemeOutcome second = rules.homePurchase(again);

    assertThat(second.result()).isEqualTo(Result.NOT_APPLICABLE);
    assertThat(second.explanationZh()).contains("CS-2026-000007", "只发放一次");
    assertThat(second.amount()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"2022-11-28, NOT_APPLICABLE", "2022-11-29, APPLIES", "2029-03-10, APPLIES", "2029-03-11, NOT_APPLICABLE"})
  void theContractMustFallInTheWindow(LocalDate contractDate, Result expected) {
    assertThat(rules.homePurchase(facts(3, Optional.of(purchase("230110", contractDate)), false)).result())
        .isEqualTo(expected);
  }

  @Test
  void theNationalSubsidyPaysAChildBornIn2024FromJanuary2025() {
    BirthFacts facts = new BirthFacts(LocalDate.of(2024, 6, 15), 1, "230102", Optional.empty(), false, RECEIVED,
        Optional.empty());
    SchemeOutcome national = rules.nationalSubsidy(facts);
    assertThat(national.months()).first().isEqualTo(new MonthlyPayment(YearMonth.of(2025, 1), new BigDecimal("300.00")));
    assertThat(national.months()).last().extracting(MonthlyPayment::month).isEqualTo(YearMonth.of(2027, 5));
    assertThat(national.months()).hasSize(29);
    assertThat(national.monthsTotal()).isEqualByComparingTo("8700");
  }

  @Test
  void aChildBornAfterTheStartGets36MonthsAndAChildThreeBeforeItNone() {
    assertThat(rules.nationalSubsidy(facts(1, Optional.empty(), false)).months()).hasSize(36)
        .allMatch(month -> month.amount().compareTo(new BigDecimal("300")) == 0);
    BirthFacts turnedThreeInJanuary2025 = new BirthFacts(LocalDate.of(2022, 1, 15), 1, "230102", Optional.empty(),
        false, LocalDate.of(2025, 1, 10), Optional.empty());
    assertThat(rules.nationalSubsidy(turnedThreeInJanuary2025).explanationZh()).contains("前已满3周岁");
    BirthFacts tooLate = new BirthFacts(LocalDate.of(2023, 1, 15), 1, "230102", Optional.empty(), false,
        LocalDate.of(2026, 1, 15), Optional.empty());
    assertThat(rules.nationalSubsidy(tooLate).result()).isEqualTo(Result.NOT_APPLICABLE);
  }

  @ParameterizedTest
  @CsvSource({"89, true", "90, true", "91, false"})
  void insuranceEnrolledByDay90CoversFromTheBirth(int day, boolean fromBirth) {
    LocalDate paid = BIRTH.plusDays(day);
    assertThat(rules.insuredFrom(BIRTH, paid, RECEIVED)).isEqualTo(fromBirth ? BIRTH : paid);
    assertThat(rules.newbornInsurance(facts(1, Optional.empty(), false)).dueDate()).hasValue(BIRTH.plusDays(90));
    assertThat(rules.insuranceReminderDay(BIRTH, RECEIVED)).isEqualTo(BIRTH.plusDays(60));
  }

  @Test
  void aFamilyApplyingAfterDay60IsRemindedTheNextDay() {
    assertThat(rules.insuranceReminderDay(BIRTH, BIRTH.plusDays(59))).isEqualTo(BIRTH.plusDays(60));
    assertThat(rules.insuranceReminderDay(BIRTH, BIRTH.plusDays(60))).isEqualTo(BIRTH.plusDays(61));
    assertThat(rules.insuranceReminderDay(BIRTH, BIRTH.plusDays(120))).isEqualTo(BIRTH.plusDays(121));
  }

  @Test
  void theTaxDeductionIsTheFigureInForceAndOnlyInformation() {
    SchemeOutcome in2022 = rules.taxDeduction(new BirthFacts(LocalDate.of(2022, 3, 1), 1, "230102", Optional.empty(),
        false, LocalDate.of(2022, 6, 1), Optional.empty()));
    assertThat(in2022.amount()).hasValue(new BigDecimal("1000.00"));
    SchemeOutcome now = rules.taxDeduction(facts(1, Optional.empty(), false));
    assertThat(now.amount()).hasValue(new BigDecimal("2000.00"));
    assertThat(now.result()).isEqualTo(Result.INFORMATION);
  }

  @Test
  void aQualifiedSecondChildFamilyOnlyJoinsThePriorityGroupWhenQualified() {
    assertThat(rules.publicRental(facts(2, Optional.empty(), false)).explanationZh()).contains("未申报符合");
  }

  @Test
  void everySchemeIsAnswered() {
    assertThat(rules.assess(facts(3, Optional.of(purchase("230102", LocalDate.of(2026, 5, 1))), true), true))
        .extracting(SchemeOutcome::scheme).containsExactly(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY,
            BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, BirthSchemeParameters.NEWBORN_INSURANCE,
            BirthSchemeParameters.PROVIDENT_FUND_LOAN, BirthSchemeParameters.PUBLIC_RENTAL_HOUSING,
            BirthSchemeParameters.INCOME_TAX_DEDUCTION);
  }

  @Test
  void theNationalSubsidyComesOnTopOfTheCitysUnlessTheCityDecidesOtherwise() {
    BirthFacts secondChild = facts(2, Optional.empty(), false);
    assertThat(rules.assess(secondChild, true).get(0).result()).isEqualTo(Result.APPLIES);
    BirthOneThingRules cityInstead = new BirthOneThingRules(BirthSchemeParameters.from(InMemoryPolicyParameters.seeded()
        .with(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "withCitySubsidy", LocalDate.of(2026, 3, 1), "false")));
    assertThat(cityInstead.assess(secondChild, true).get(0).explanationZh()).contains("不再同时发放");
    assertThat(cityInstead.assess(facts(1, Optional.empty(), false), false).get(0).result())
        .as("a first child has no city subsidy").isEqualTo(Result.APPLIES);
  }

  private static BirthFacts facts(int birthOrder, Optional<HomePurchase> purchase, boolean rentalQualified) {
    return new BirthFacts(BIRTH, birthOrder, "230102", purchase, rentalQualified, RECEIVED, Optional.empty());
  }

  private static HomePurchase purchase(String district, LocalDate contractDate) {
    return new HomePurchase("HF2026-0001", district, contractDate);
  }
}
