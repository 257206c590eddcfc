package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.birthonething.BirthOneThingApplication;
import cn.harbin.fertility.birthonething.BirthOneThingIntake;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyApplication;
import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.specialfamily.GrantedSpecialFamilies;
import cn.harbin.fertility.specialfamily.SpecialFamilyRequalification;
import cn.harbin.fertility.support.PolicyParameterChanges;
import cn.harbin.fertility.support.PolicyParameterChanges.DeployedVersion;
import cn.harbin.fertility.support.PolicyParameterChanges.NewValue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city runs every scheme's disbursement month after month over families granted in several schemes: each run
 * changes only what it paid, a fixed schedule ends with its last month, an open-ended one goes on being paid. The
 * database variants run it on H2 and on PostgreSQL.
 */
abstract class PaymentRunsAcrossSchemesContract {

  private static final List<String> SCHEMES = Disbursements.PAYABLE_SCHEMES;

  @Autowired Disbursements disbursements;
  @Autowired Entitlements entitlements;
  @Autowired PolicyParameterChanges parameters;
  @Autowired GrantedClaims childcareClaims;
  @Autowired GrantedSpecialFamilies specialFamilies;
  @Autowired SpecialFamilyRequalification requalification;
  @Autowired JdbcClient jdbc;
  @Autowired BirthOneThingIntake birthOneThing;
  @Autowired TaskService taskService;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired PolicyParameterSource policyParameters;

  @Test
  void everySchemesRunLeavesTheOtherSchemesUntouchedMonthAfterMonth() {
    YearMonth thisMonth = YearMonth.now(TimeConfiguration.HARBIN);
    String child = childcareClaims.grant("230102", thisMonth.minusYears(3).plusMonths(1).atDay(10), 2);
    String family = specialFamilies.grantBereaved("230104");
    LocalDate born = LocalDate.now(TimeConfiguration.HARBIN).minusDays(20);
    String birth = grantedBirthBundle(born);

    for (YearMonth month = thisMonth; !month.isAfter(thisMonth.plusMonths(2)); month = month.plusMonths(1)) {
      for (String scheme : SCHEMES) {
        List<String> otherSchemesBefore = entitlementsOutside(scheme);
        List<String> claimsOutsideBefore = claimsWithoutEntitlementIn(scheme);

        PaidRuns.paid(disbursements, scheme, month);

        assertThat(entitlementsOutside(scheme)).as("%s run of %s", scheme, month).isEqualTo(otherSchemesBefore);
        assertThat(claimsWithoutEntitlementIn(scheme)).as("%s run of %s", scheme, month).isEqualTo(claimsOutsideBefore);
      }
    }

    assertThat(statusesOf(family, "special-assistance")).containsExactly("LIVE", "LIVE");
    assertThat(paidPeriods(family, "special-assistance")).isEqualTo(2 * 3);
    assertThat(statusesOf(family, "reward-assistance")).containsExactly("LIVE", "LIVE");
    assertThat(statusesOf(family, "nursing-subsidy")).containsExactly("LIVE");
    assertThat(claimHolders()).contains(family);

    assertThat(statusesOf(child, "childcare-subsidy")).containsExactly("ENDED");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM entitlement_period_state p JOIN entitlement e ON e.id = p.entitlement_id "
        + "WHERE e.application_number = :n AND p.status <> 'PAID'").param("n", child).query(Long.class).single()).isZero();
    assertThat(claimHolders()).doesNotContain(child);

    assertThat(statusesOf(birth, "home-purchase-subsidy")).containsExactly("ENDED");
    assertThat(paidPeriods(birth, "home-purchase-subsidy")).isEqualTo(1);
    assertThat(statusesOf(birth, "national-childcare-subsidy")).containsExactly("LIVE");
    assertThat(paidPeriods(birth, "national-childcare-subsidy"))
        .isEqualTo(YearMonth.from(born).until(thisMonth.plusMonths(2), ChronoUnit.MONTHS) + 1);
    assertThat(claimHolders()).as("the national subsidy runs on").contains(birth);
  }

  /**
   * The national subsidy is paid by January's run; a payment the bank returned then is paid by February's run, up to
   * January only, not the next January ("至少每年发放一次").
   */
  @Test
  void aNationalSubsidyPaymentTheBankReturnedInJanuaryIsPaidByFebruarysRunUpToJanuary() {
    LocalDate born = LocalDate.now(TimeConfiguration.HARBIN).minusDays(20);
    String birth = grantedBirthBundle(born);
    String national = BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY;
    YearMonth january = YearMonth.now(TimeConfiguration.HARBIN).plusYears(1).withMonth(1);
    Disbursements.Batch januarys = disbursements.collect(national, january);
    Disbursements.Payment returned = januarys.payments().stream()
        .filter(payment -> payment.applicationNumber().equals(birth)).findFirst().orElseThrow();
    disbursements.approveForExport(januarys.id(), "finance");
    disbursements.confirm(januarys.id(), Map.of(returned.id(), "账户冻结"), "finance");
    assertThat(paidPeriods(birth, national)).isZero();

    DisbursementSchedule february = new DisbursementSchedule("0 0 2 1 * ?", List.of(), policyParameters,
        disbursements::owesUpTo, Clock.fixed(january.plusMonths(1).atDay(1).atTime(2, 0)
            .atZone(TimeConfiguration.HARBIN).toInstant(), TimeConfiguration.HARBIN));
    assertThat(february.getSchemes()).contains(national);
    assertThat(february.periodOf(national)).isEqualTo(january.toString());

    PaidRuns.paid(disbursements, national, YearMonth.parse(february.periodOf(national)));
    assertThat(paidPeriods(birth, national)).as("from the month of birth to January")
        .isEqualTo(YearMonth.from(born).until(january, ChronoUnit.MONTHS) + 1);
  }

  /**
   * Fifteen months of every scheme's runs, as a city has them, over a child and a special family granted before: a
   * raise of both standards in the tenth month, a bank row failed in the fourth, a batch refused in the seventh. At the
   * end every period up to the last run is paid once, at the amount in force in its month, and each payment is what
   * the months it holds add up to.
   */
  @Test
  void fifteenMonthsOfRunsPayEveryPeriodOnceAtTheAmountOfItsMonth() {
    YearMonth thisMonth = YearMonth.now(TimeConfiguration.HARBIN);
    YearMonth raised = thisMonth.plusMonths(9);
    YearMonth last = thisMonth.plusMonths(14);
    String child = childcareClaims.grant("230103", thisMonth.minusMonths(2).atDay(10), 2);
    String family = specialFamilies.grantBereaved("230112");

    try (DeployedVersion raise = parameters.deploy("the city raises both standards",
        new NewValue("childcare-subsidy", "monthlyAmount.birthOrder2", raised.atDay(1), "800.00", "§3.4.2a"),
        new NewValue("special-assistance", "monthlyAmount.lost.urban", raised.atDay(1), "400.00", "§3.5.2"))) {
      for (YearMonth month = thisMonth; !month.isAfter(last); month = month.plusMonths(1)) {
        for (String scheme : SCHEMES) {
          Disbursements.Batch batch = disbursements.collect(scheme, month);
          if (batch.status() != Disbursements.BatchStatus.COLLECTED) {
            continue;
          }
          if (month.equals(thisMonth.plusMonths(6)) && scheme.equals("special-assistance")) {
            disbursements.reject(batch.id(), "finance");
            continue;
          }
          disbursements.approveForExport(batch.id(), "finance");
          Map<Long, String> failed = new HashMap<>();
          if (month.equals(thisMonth.plusMonths(3))) {
            batch.payments().stream().filter(payment -> payment.applicationNumber().equals(child))
                .forEach(payment -> failed.put(payment.id(), "账户状态异常"));
          }
          disbursements.confirm(batch.id(), failed, "finance");
        }
      }
    }

    assertThat(paidMonths(child, "childcare-subsidy")).as("the child's months up to the last run")
        .isEqualTo(expectedMonths(thisMonth.minusMonths(2), last, raised, "500.00", "800.00"));
    assertThat(paidMonths(family, "special-assistance")).as("each parent's months")
        .isEqualTo(twice(expectedMonths(thisMonth, last, raised, "340.00", "400.00")));
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM entitlement_period_state p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE e.application_number = :n AND e.scheme = 'reward-assistance' AND p.status = 'PAID'""")
        .param("n", family).query(Long.class).single()).as("each parent's Januaries, once each")
        .isEqualTo(2L * (last.getYear() - thisMonth.getYear() + 1));
    for (String application : List.of(child, family)) {
      assertThat(jdbc.sql("""
              SELECT e.id FROM entitlement e WHERE e.application_number = :n
                AND (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.entitlement_id = e.id
                    AND p.status = 'PAID')
                  <> (SELECT COALESCE(SUM(s.amount), 0) FROM entitlement_period_state s
                    WHERE s.entitlement_id = e.id AND s.status = 'PAID')""")
          .param("n", application).query(Long.class).list())
          .as("entitlements of %s paid other than their paid months add up to", application).isEmpty();
    }
  }

  /** Each month from the first to the last and its amount: the first figure before the raise, the second from it. */
  private static List<String> expectedMonths(YearMonth first, YearMonth last, YearMonth raised, String before,
      String from) {
    List<String> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(month + "=" + (month.isBefore(raised) ? before : from));
    }
    return months;
  }

  private static List<String> twice(List<String> months) {
    return months.stream().flatMap(month -> Stream.of(month, month)).toList();
  }

  /** The scheme's paid periods of the application with their amounts, in order of the month. */
  private List<String> paidMonths(String applicationNumber, String scheme) {
    return jdbc.sql("""
            SELECT p.period, p.amount FROM entitlement_period_state p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE e.application_number = :n AND e.scheme = :scheme AND p.status = 'PAID' ORDER BY p.period""")
        .param("n", applicationNumber).param("scheme", scheme)
        .query((row, n) -> row.getString("period") + "=" + row.getBigDecimal("amount").setScale(2).toPlainString())
        .list();
  }

  /** A 3rd child whose parents bought a new flat: the national subsidy's months and the home-purchase subsidy. */
  private String grantedBirthBundle(LocalDate born) {
    ChildcareSubsidyApplication family = TestFamily.of("230110", born, 3).registerIn(registry, 3).application();
    String number = birthOneThing.submitOnline(new BirthOneThingApplication(family.applicantName(),
        family.applicantIdNumber(), family.applicantPhone(), family.applicantRelationship(), family.divisionCode(),
        family.childName(), family.childIdNumber(), born, 3, family.otherParentName(), family.otherParentIdNumber(),
        family.bankName(), family.bankAccount(), "HF2026-0110-000042", "230110", born.plusDays(5), false))
        .applicationNumber();
    complete(number, "Task_NationalSubsidyReview", Map.of("nationalDecision", "APPROVED"));
    complete(number, "Task_HomePurchaseVerification", Map.of("homePurchaseDecision", "APPROVED"));
    return number;
  }

  private void complete(String number, String taskKey, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
        .singleResult().getId(), variables);
  }

  @Test
  void anOpenEndedEntitlementPaidInFullSoFarStaysLive() {
    String family = specialFamilies.grantBereaved("230108");
    YearMonth thisMonth = YearMonth.now(TimeConfiguration.HARBIN);

    PaidRuns.paid(disbursements, "special-assistance", thisMonth);

    assertThat(statusesOf(family, "special-assistance")).containsExactly("LIVE", "LIVE");
    assertThat(paidPeriods(family, "special-assistance")).isEqualTo(2);
    assertThat(disbursements.collect("special-assistance", thisMonth.plusMonths(1)).payments())
        .filteredOn(payment -> payment.applicationNumber().equals(family)).hasSize(2);
  }

  @Test
  void deathsRecordedAfterTheLastPaymentEndTheParentsEntitlementsAndFinallyFreeTheFamily() {
    String family = specialFamilies.grantBereaved("230109");
    YearMonth thisMonth = YearMonth.now(TimeConfiguration.HARBIN);
    for (String scheme : List.of("special-assistance", "reward-assistance")) {
      PaidRuns.paid(disbursements, scheme, thisMonth);
    }
    List<String> parents = jdbc.sql("SELECT id_number FROM special_family_member WHERE application_number = :n "
        + "AND role = 'PARENT' ORDER BY position").param("n", family).query(String.class).list();

    requalification.death(family, parents.get(0), LocalDate.now(TimeConfiguration.HARBIN));

    assertThat(jdbc.sql("SELECT status FROM entitlement WHERE application_number = :n AND beneficiary_id_number = :p "
        + "AND scheme <> 'nursing-subsidy'").param("n", family).param("p", parents.get(0)).query(String.class).list())
        .containsOnly("ENDED");
    assertThat(claimHolders()).as("the other parent is still paid").contains(family);

    requalification.death(family, parents.get(1), LocalDate.now(TimeConfiguration.HARBIN));

    assertThat(jdbc.sql("SELECT DISTINCT status FROM entitlement WHERE application_number = :n").param("n", family)
        .query(String.class).list()).containsExactly("ENDED");
    assertThat(claimHolders()).doesNotContain(family);
  }

  /**
   * A family whose 奖励扶助 ended after this year's was paid, granted again in the same year (it applied anew): the
   * new entitlement starts with next year's, and this year's run pays it nothing.
   */
  @Test
  void aYearAlreadyPaidIsNotPaidAgainUnderANewGrant() {
    String family = specialFamilies.grantBereaved("230111");
    YearMonth thisMonth = YearMonth.now(TimeConfiguration.HARBIN);
    PaidRuns.paid(disbursements, "reward-assistance", thisMonth);
    String parent = jdbc.sql("SELECT MIN(beneficiary_id_number) FROM entitlement WHERE application_number = :n "
        + "AND scheme = 'reward-assistance'").param("n", family).query(String.class).single();
    jdbc.sql("UPDATE entitlement SET last_period = :last, status = 'ENDED' WHERE application_number = :n "
        + "AND scheme = 'reward-assistance'").param("last", thisMonth.toString()).param("n", family).update();

    long again = entitlements.recordOpenEnded(new Entitlements.OpenEnded(family, "reward-assistance", "§3.5.1", parent,
        "父亲", "中国工商银行哈尔滨分行", "6222021234567890123", "230111", Entitlements.Frequency.YEARLY,
        new BigDecimal("600.00"), "reward-assistance/yearlyAmount", thisMonth, Map.of()), Instant.now());

    assertThat(jdbc.sql("SELECT first_period FROM entitlement WHERE id = :id").param("id", again)
        .query(String.class).single()).isEqualTo(YearMonth.of(thisMonth.getYear() + 1, 1).toString());
    assertThat(disbursements.collect("reward-assistance", thisMonth).payments())
        .filteredOn(payment -> payment.applicationNumber().equals(family)).isEmpty();
  }

  /** Every entitlement of the other schemes with its status and the status of each of its periods. */
  private List<String> entitlementsOutside(String scheme) {
    return jdbc.sql("""
            SELECT e.id, e.status, p.period, p.status AS period_status, p.payment_id
            FROM entitlement e LEFT JOIN entitlement_period_state p ON p.entitlement_id = e.id
            WHERE e.scheme <> :scheme ORDER BY e.id, p.period""")
        .param("scheme", scheme)
        .query((row, n) -> row.getLong("id") + " " + row.getString("status") + " " + row.getString("period") + " "
            + row.getString("period_status") + " " + row.getObject("payment_id"))
        .list();
  }

  private List<String> claimsWithoutEntitlementIn(String scheme) {
    return jdbc.sql("""
            SELECT claim_key || '=' || application_number FROM live_claim c
            WHERE NOT EXISTS (SELECT 1 FROM entitlement e
              WHERE e.application_number = c.application_number AND e.scheme = :scheme)
            ORDER BY claim_key""")
        .param("scheme", scheme).query(String.class).list();
  }

  private List<String> statusesOf(String applicationNumber, String scheme) {
    return jdbc.sql("SELECT status FROM entitlement WHERE application_number = :n AND scheme = :scheme ORDER BY id")
        .param("n", applicationNumber).param("scheme", scheme).query(String.class).list();
  }

  private long paidPeriods(String applicationNumber, String scheme) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM entitlement_period_state p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE e.application_number = :n AND e.scheme = :scheme AND p.status = 'PAID'""")
        .param("n", applicationNumber).param("scheme", scheme).query(Long.class).single();
  }

  private List<String> claimHolders() {
    return jdbc.sql("SELECT application_number FROM live_claim").query(String.class).list();
  }
}
