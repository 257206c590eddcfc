package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.payments.Disbursements.Payment;
import cn.harbin.fertility.specialfamily.GrantedSpecialFamilies;
import cn.harbin.fertility.supervision.SupervisionFigures;
import cn.harbin.fertility.supervision.SupervisionFilter;
import cn.harbin.fertility.support.PolicyParameterChanges;
import cn.harbin.fertility.support.PolicyParameterChanges.DeployedVersion;
import cn.harbin.fertility.support.PolicyParameterChanges.NewValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A standard the operator sets after a grant reaches it from the standard's date (CLAUSES.md: the amounts are dated
 * parameters), month after month, without a new application or a change at requalification; the months before keep
 * theirs.
 */
abstract class RaisedStandardsContract {

  private static final YearMonth THIS_MONTH = YearMonth.now(TimeConfiguration.HARBIN);

  @Autowired GrantedClaims childcareClaims;
  @Autowired GrantedSpecialFamilies families;
  @Autowired PolicyParameterChanges parameters;
  @Autowired Disbursements disbursements;
  @Autowired EntitlementStatements statements;
  @Autowired JdbcClient jdbc;
  @Autowired SupervisionFigures figures;

  @Test
  void aRaisedChildcareSubsidyIsPaidForTheMonthsFromItsDateOfChildrenGrantedBefore() {
    String child = childcareClaims.grant("230102", THIS_MONTH.minusMonths(2).atDay(10), 2);
    try (DeployedVersion raised = parameters.deploy("the city raises the 2nd child's subsidy", new NewValue(
        "childcare-subsidy", "monthlyAmount.birthOrder2", THIS_MONTH.plusMonths(1).atDay(15), "800.00", "§3.4.2a"))) {

      assertThat(paidTo(child, "childcare-subsidy", THIS_MONTH)).as("three months at the amount then in force")
          .containsExactly(new BigDecimal("1500.00"));
      assertThat(paidTo(child, "childcare-subsidy", THIS_MONTH.plusMonths(2)))
          .as("raised in the middle of next month, which its last day prices").containsExactly(new BigDecimal("1600.00"));
      assertThat(jdbc.sql("""
              SELECT p.period || '=' || CAST(p.amount AS VARCHAR(12)) FROM entitlement_period_state p
              JOIN entitlement e ON e.id = p.entitlement_id WHERE e.application_number = :n AND p.payment_id IS NULL
              ORDER BY p.period FETCH FIRST 1 ROW ONLY""").param("n", child).query(String.class).single())
          .as("the months still unpaid").isEqualTo(THIS_MONTH.plusMonths(3) + "=800.00");
      assertThat(statements.of(child)).singleElement().extracting(EntitlementStatements.Statement::rate)
          .as("what the family's page says a month pays now").isEqualTo(new BigDecimal("800.00"));
    }
  }

  /**
   * A run after the raise priced the child's unpaid months, but three were held by an earlier batch, which finance
   * then refused: let go, they are priced anew by the next run, not paid at the amount they were taken at.
   */
  @Test
  void monthsARefusedBatchLetGoAfterARaiseArePricedAnew() {
    String child = childcareClaims.grant("230109", THIS_MONTH.minusMonths(2).atDay(10), 2);
    Disbursements.Batch taken = disbursements.collect("childcare-subsidy", THIS_MONTH);
    try (DeployedVersion raised = parameters.deploy("the city raises the 2nd child's subsidy", new NewValue(
        "childcare-subsidy", "monthlyAmount.birthOrder2", THIS_MONTH.atDay(1), "800.00", "§3.4.2a"))) {
      assertThat(paidTo(child, "childcare-subsidy", THIS_MONTH)).as("every month held").isEmpty();

      disbursements.reject(taken.id(), "finance");

      assertThat(paidTo(child, "childcare-subsidy", THIS_MONTH)).containsExactly(new BigDecimal("1800.00"));
    }
  }

  @Test
  void aRaisedSpecialAssistanceStandardIsPaidToFamiliesGrantedBeforeFromItsMonth() {
    String family = families.grantBereaved("230103");
    try (DeployedVersion raised = parameters.deploy("the city raises 特别扶助", new NewValue("special-assistance",
        "monthlyAmount.lost.urban", THIS_MONTH.plusMonths(1).atDay(1), "400.00", "§3.5.2"))) {

      assertThat(paidTo(family, "special-assistance", THIS_MONTH)).containsOnly(new BigDecimal("340.00")).hasSize(2);
      assertThat(paidTo(family, "special-assistance", THIS_MONTH.plusMonths(1)))
          .containsOnly(new BigDecimal("400.00")).hasSize(2);
      assertThat(amountsOf(family, "special-assistance")).containsOnly(new BigDecimal("400.00"));
    }
  }

  /**
   * Granted before V15: a month still owed from before (priced by the family's household then) keeps its amount;
   * the months made from then on follow the standard in force.
   */
  @Test
  void aFamilyGrantedBeforeRatesKeepsTheAmountsOfItsUnpaidMonths() {
    String family = families.grantBereaved("230110");
    jdbc.sql("UPDATE entitlement SET priced_with = 'as-granted', first_period = :last WHERE application_number = :n "
            + "AND scheme = 'special-assistance'").param("last", THIS_MONTH.minusMonths(1).toString())
        .param("n", family).update();
    jdbc.sql("INSERT INTO entitlement_period (entitlement_id, period, amount) SELECT id, :last, 170.00 FROM entitlement "
            + "WHERE application_number = :n AND scheme = 'special-assistance'")
        .param("last", THIS_MONTH.minusMonths(1).toString()).param("n", family).update();
    try (DeployedVersion raised = parameters.deploy("the city raises 特别扶助", new NewValue("special-assistance",
        "monthlyAmount.lost.urban", THIS_MONTH.minusMonths(1).atDay(1), "400.00", "§3.5.2"))) {

      assertThat(paidTo(family, "special-assistance", THIS_MONTH)).as("last month's 170 and this month's 400")
          .containsOnly(new BigDecimal("570.00")).hasSize(2);
    }
  }

  @Test
  void theNursingSubsidyAwaitingTheCitysStandardIsPaidFromTheMonthItTakesEffect() {
    String family = families.grantBereaved("230104");
    childcareClaims.grant("230104", THIS_MONTH.minusMonths(2).atDay(10), 2);
    assertThat(amountsOf(family, "nursing-subsidy")).as("granted, awaiting the standard").containsOnlyNulls()
        .hasSize(1);
    assertThat(figures.liveEntitlements(new SupervisionFilter(THIS_MONTH.atDay(1), THIS_MONTH.atEndOfMonth(), null,
            "230104")))
        .as("the supervisors' table counts the nursing subsidy's as awaiting, and no fixed schedule")
        .filteredOn(live -> live.awaitingStandard() > 0).extracting(SupervisionFigures.LiveEntitlements::scheme)
        .containsExactly("nursing-subsidy");
    try (DeployedVersion set = parameters.deploy("the city sets the nursing subsidy", new NewValue("nursing-subsidy",
        "monthlyAmount", THIS_MONTH.plusMonths(1).atDay(1), "200.00", "§3.5.2"))) {

      assertThat(paidTo(family, "nursing-subsidy", THIS_MONTH)).as("nothing owed before the standard").isEmpty();
      assertThat(paidTo(family, "nursing-subsidy", THIS_MONTH.plusMonths(1))).containsExactly(new BigDecimal("200.00"));
      assertThat(amountsOf(family, "nursing-subsidy")).containsExactly(new BigDecimal("200.00"));
    }
  }

  @Test
  void aNursingStandardDatedBackToMonthsARunHasPassedIsPaidForThem() {
    String family = families.grantBereaved("230103");
    assertThat(paidTo(family, "nursing-subsidy", THIS_MONTH)).as("awaiting the standard").isEmpty();
    try (DeployedVersion set = parameters.deploy("the city sets the nursing subsidy from this month", new NewValue(
        "nursing-subsidy", "monthlyAmount", THIS_MONTH.atDay(1), "200.00", "§3.5.2"))) {

      assertThat(paidTo(family, "nursing-subsidy", THIS_MONTH)).as("this month, which the first run passed")
          .containsExactly(new BigDecimal("200.00"));
    }
  }

  @Test
  void aRaisedRewardIsPaidFromTheFirstYearItIsInForceInJanuary() {
    String family = families.grantBereaved("230108");
    YearMonth nextJanuary = YearMonth.of(THIS_MONTH.getYear() + 1, 1);
    try (DeployedVersion raised = parameters.deploy("the province raises 奖励扶助", new NewValue("reward-assistance",
        "yearlyAmount", nextJanuary.atDay(1), "720.00", "§3.5.1"))) {

      assertThat(paidTo(family, "reward-assistance", THIS_MONTH)).containsOnly(new BigDecimal("600.00")).hasSize(2);
      assertThat(paidTo(family, "reward-assistance", nextJanuary)).containsOnly(new BigDecimal("720.00")).hasSize(2);
    }
  }

  /** The family's payments in the scheme's run of the month, which finance then approves and the bank pays. */
  private List<BigDecimal> paidTo(String family, String scheme, YearMonth month) {
    return PaidRuns.paid(disbursements, scheme, month).payments().stream().filter(payment -> payment.applicationNumber().equals(family))
        .map(Payment::amount).toList();
  }

  private List<BigDecimal> amountsOf(String family, String scheme) {
    return jdbc.sql("SELECT amount FROM entitlement WHERE application_number = :n AND scheme = :s ORDER BY id")
        .param("n", family).param("s", scheme).query(BigDecimal.class).list();
  }
}
