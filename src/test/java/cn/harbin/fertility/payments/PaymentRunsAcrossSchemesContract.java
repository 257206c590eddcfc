package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.birthonething.BirthOneThingApplication;
import cn.harbin.fertility.birthonething.BirthOneThingIntake;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyApplication;
import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.specialfamily.GrantedSpecialFamilies;
import cn.harbin.fertility.specialfamily.SpecialFamilyRequalification;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
  @Autowired GrantedClaims childcareClaims;
  @Autowired GrantedSpecialFamilies specialFamilies;
  @Autowired SpecialFamilyRequalification requalification;
  @Autowired JdbcClient jdbc;
  @Autowired BirthOneThingIntake birthOneThing;
  @Autowired TaskService taskService;
  @Autowired JdbcPopulationRegistry registry;

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

        Disbursements.Batch batch = disbursements.collect(scheme, month);
        if (batch.status() == Disbursements.BatchStatus.COLLECTED) {
          disbursements.approveForExport(batch.id(), "finance");
          disbursements.confirm(batch.id(), Map.of(), "finance");
        }

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
    Disbursements.Batch batch = disbursements.collect("special-assistance", thisMonth);
    disbursements.approveForExport(batch.id(), "finance");

    disbursements.confirm(batch.id(), Map.of(), "finance");

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
      Disbursements.Batch batch = disbursements.collect(scheme, thisMonth);
      disbursements.approveForExport(batch.id(), "finance");
      disbursements.confirm(batch.id(), Map.of(), "finance");
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
    Disbursements.Batch paid = disbursements.collect("reward-assistance", thisMonth);
    disbursements.approveForExport(paid.id(), "finance");
    disbursements.confirm(paid.id(), Map.of(), "finance");
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
