package cn.harbin.fertility.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §3.4.2a: 500 CNY a month for a 2nd child, 1,000 CNY for a 3rd, until the child is 3. */
class ChildcareSubsidyRulesTest {

  private static final LocalDate APPLIED = LocalDate.of(2026, 11, 28);

  private final ChildcareSubsidyRules rules =
      new ChildcareSubsidyRules(ChildcareSubsidyParameters.from(InMemoryPolicyParameters.seeded()));

  private ChildcareSubsidyAssessment assess(String birthDate, int birthOrder, LocalDate applied) {
    return rules.assess(new ChildcareSubsidyClaim(LocalDate.parse(birthDate), birthOrder, applied));
  }

  @ParameterizedTest(name = "born {0}: {1} to {2}")
  @CsvSource({
      "2024-03-01, 2024-03, 2027-02", // first of a month
      "2024-03-31, 2024-03, 2027-02", // last of a month
      "2024-02-29, 2024-02, 2027-01", // turns 3 on 28 Feb 2027
      "2024-12-31, 2024-12, 2027-11"})
  void aChildBornAfterTheSchemeStartGetsExactly36Months(String birthDate, String first, String last) {
    ChildcareSubsidyAssessment assessment = assess(birthDate, 2, LocalDate.parse(birthDate).plusMonths(1));

    assertThat(assessment.eligible()).isTrue();
    assertThat(assessment.schedule()).hasSize(36);
    assertThat(assessment.firstMonth()).isEqualTo(YearMonth.parse(first));
    assertThat(assessment.lastMonth()).isEqualTo(YearMonth.parse(last));
  }

  @Test
  void aChildBornBeforeTheSchemeStartIsPaidFromTheSchemeStartsMonth() {
    ChildcareSubsidyAssessment assessment = assess("2021-06-15", 2, LocalDate.of(2023, 1, 10));

    assertThat(assessment.firstMonth()).isEqualTo(YearMonth.of(2022, 11));
    assertThat(assessment.lastMonth()).isEqualTo(YearMonth.of(2024, 5));
    assertThat(assessment.schedule()).hasSize(19);
  }

  @Test
  void aChildWhoWas3BeforeTheSchemeStartIsNotCovered() {
    // turns 3 on 30 Nov 2022, within the scheme start's month, which is not paid: the month of the 3rd birthday never is
    ChildcareSubsidyAssessment assessment = assess("2019-11-30", 2, LocalDate.of(2022, 11, 29));

    assertThat(assessment.eligible()).isFalse();
    assertThat(assessment.ineligibilities()).extracting(Ineligibility::code).containsExactly("BEFORE_SCHEME_START");
  }

  @Test
  void theClaimMustArriveBeforeTheThirdBirthday() {
    LocalDate birth = LocalDate.of(2023, 8, 20);
    assertThat(assess("2023-08-20", 2, birth.plusYears(3).minusDays(1)).eligible()).isTrue();

    ChildcareSubsidyAssessment onTheBirthday = assess("2023-08-20", 2, birth.plusYears(3));
    assertThat(onTheBirthday.eligible()).isFalse();
    assertThat(onTheBirthday.ineligibilities()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo("AGE_LIMIT_REACHED");
      assertThat(reason.clause()).isEqualTo("§3.4.2a");
      assertThat(reason.messageZh()).contains("3周岁", "2026-08-20");
      assertThat(reason.messageEn()).contains("3rd birthday");
    });
  }

  @ParameterizedTest(name = "birth order {0}")
  @CsvSource({"1", "4"})
  void onlySecondAndThirdChildrenAreCovered(int birthOrder) {
    ChildcareSubsidyAssessment assessment = assess("2024-05-10", birthOrder, APPLIED);

    assertThat(assessment.eligible()).isFalse();
    assertThat(assessment.ineligibilities()).extracting(Ineligibility::code).containsExactly("BIRTH_ORDER_NOT_COVERED");
    assertThat(assessment.schedule()).isEmpty();
  }

  @ParameterizedTest(name = "birth order {0}: {1} a month")
  @CsvSource({"2, 500.00, 18000.00", "3, 1000.00, 36000.00"})
  void amountsByBirthOrder(int birthOrder, BigDecimal monthly, BigDecimal total) {
    ChildcareSubsidyAssessment assessment = assess("2024-05-10", birthOrder, APPLIED);

    assertThat(assessment.schedule()).allSatisfy(payment -> assertThat(payment.amount()).isEqualTo(monthly));
    assertThat(assessment.total()).isEqualTo(total);
  }

  @Test
  void aChangeOfAmountAppliesFromItsMonthAndLeavesEarlierMonthsAlone() {
    PolicyParameterSource raised = InMemoryPolicyParameters.seeded()
        .with(ChildcareSubsidyParameters.SCHEME, "monthlyAmount.birthOrder2", LocalDate.of(2025, 7, 15), "600");
    ChildcareSubsidyAssessment assessment = new ChildcareSubsidyRules(ChildcareSubsidyParameters.from(raised))
        .assess(new ChildcareSubsidyClaim(LocalDate.of(2024, 5, 10), 2, APPLIED));

    assertThat(assessment.schedule()).filteredOn(payment -> payment.month().isBefore(YearMonth.of(2025, 7)))
        .hasSize(14).allSatisfy(payment -> assertThat(payment.amount()).isEqualTo(new BigDecimal("500.00")));
    assertThat(assessment.schedule()).filteredOn(payment -> !payment.month().isBefore(YearMonth.of(2025, 7)))
        .hasSize(22).allSatisfy(payment -> assertThat(payment.amount()).isEqualTo(new BigDecimal("600.00")));
    assertThat(assessment.appliedParameters().get("monthlyAmount.birthOrder2"))
        .isEqualTo("2024-05..2025-06: 500.00; 2025-07..2027-04: 600.00 (§test)");
  }

  @Test
  void aBirthOrderTheCityAddsLaterIsPaidFromItsFirstAmountOnly() {
    PolicyParameterSource extended = InMemoryPolicyParameters.seeded()
        .with(ChildcareSubsidyParameters.SCHEME, "monthlyAmount.birthOrder4", LocalDate.of(2026, 1, 1), "1200");
    ChildcareSubsidyRules rules = new ChildcareSubsidyRules(ChildcareSubsidyParameters.from(extended));

    ChildcareSubsidyAssessment born2025 = rules.assess(new ChildcareSubsidyClaim(LocalDate.of(2025, 6, 1), 4, APPLIED));
    assertThat(born2025.firstMonth()).isEqualTo(YearMonth.of(2026, 1));
    assertThat(born2025.lastMonth()).isEqualTo(YearMonth.of(2028, 5));
    assertThat(born2025.schedule()).hasSize(29);

    ChildcareSubsidyAssessment turned3Before = rules.assess(
        new ChildcareSubsidyClaim(LocalDate.of(2022, 12, 1), 4, LocalDate.of(2025, 11, 30)));
    assertThat(turned3Before.ineligibilities()).extracting(Ineligibility::code).containsExactly("NO_AMOUNT_IN_FORCE");
  }

  @Test
  void theAssessmentRecordsTheFiguresItUsed() {
    ChildcareSubsidyAssessment assessment = assess("2024-05-10", 3, APPLIED);

    assertThat(assessment.appliedParameters())
        .containsEntry("schemeStart", "2022-11-29 (§test)")
        .containsEntry("ageLimitYears", "3 (§test)")
        .containsEntry("monthlyAmount.birthOrder3", "2024-05..2027-04: 1000.00 (§test)");
  }
}
