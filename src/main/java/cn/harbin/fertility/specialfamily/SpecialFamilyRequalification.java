package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.policy.SpecialFamily;
import cn.harbin.fertility.policy.SpecialFamilyAssessment;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.Benefit;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.SchemeOutcome;
import cn.harbin.fertility.policy.CaseDeadlines;
import cn.harbin.fertility.policy.SpecialFamilyParameters;
import cn.harbin.fertility.policy.SpecialFamilyRules;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly requalification of special families (§3.5.1, §3.5.2): every family with a live or suspended
 * entitlement is confirmed by its street office. A change is applied from the next month; a death ends that parent's
 * entitlements at the end of the month of death while the other parent's go on; a family not confirmed in time is
 * suspended, not silently paid.
 */
@Service("specialFamilyRequalification")
public class SpecialFamilyRequalification {

  private static final List<String> SCHEMES = List.of(SpecialFamilyParameters.SPECIAL_ASSISTANCE,
      SpecialFamilyParameters.REWARD_ASSISTANCE, SpecialFamilyParameters.NURSING_SUBSIDY);

  private final JdbcClient jdbc;
  private final ApplicationRecords records;
  private final SpecialFamilyClaims claims;
  private final SpecialFamilyGrants grants;
  private final Entitlements entitlements;
  private final PolicyParameterSource parameters;
  private final Clock clock;

  public SpecialFamilyRequalification(JdbcClient jdbc, ApplicationRecords records, SpecialFamilyClaims claims,
      SpecialFamilyGrants grants, Entitlements entitlements, PolicyParameterSource parameters, Clock clock) {
    this.jdbc = jdbc;
    this.records = records;
    this.claims = claims;
    this.grants = grants;
    this.entitlements = entitlements;
    this.parameters = parameters;
    this.clock = clock;
  }

  /** The families to confirm this year: the collection of the multi-instance subprocess. */
  public List<String> liveApplications() {
    return jdbc.sql("""
            SELECT DISTINCT application_number FROM entitlement
            WHERE scheme IN (:schemes) AND status IN ('LIVE', 'SUSPENDED') AND last_period IS NULL
            ORDER BY application_number""")
        .param("schemes", SCHEMES).query(String.class).list();
  }

  public String streetOf(String applicationNumber) {
    return BureauDirectory.street(HarbinDivision.ofCode(records.find(applicationNumber).orElseThrow().divisionCode())
        .orElseThrow());
  }

  public int confirmationDueDays() {
    return (Integer) CaseDeadlines.from(parameters, SpecialFamilyIntake.PROCESS_KEY, CaseDeadlines.SPECIAL_FAMILY).on(LocalDate.now(clock)).get("requalificationDueDays");
  }

  /**
   * The situation is as it was: a suspended family is paid again, and the rules apply from the next month to the
   * family as it is then, so that a parent who has reached the age of a scheme since is granted it.
   */
  @Transactional
  public void unchanged(String applicationNumber) {
    resume(applicationNumber);
    YearMonth from = YearMonth.now(clock).plusMonths(1);
    DeclaredFamily family = claims.declared(applicationNumber);
    reconcile(from, family.on(from.atDay(1)), family);
  }

  /** The family's situation changed: its entitlements follow the rules from the next month. */
  @Transactional
  public void changed(String applicationNumber, String household, String parentIdNumber, String dependency,
      boolean newLivingChild) {
    FieldChecks checks = new FieldChecks();
    if (household != null && !household.isBlank()) {
      checks.oneOf("household", household, List.of("URBAN", "RURAL"), "户籍性质", "Household type",
          "城镇（URBAN）或农村（RURAL）", "URBAN or RURAL");
    }
    if (parentIdNumber != null && !parentIdNumber.isBlank()) {
      requireParent(applicationNumber, parentIdNumber, checks);
      checks.oneOf("dependency", dependency, List.of("NONE", "PARTIAL", "FULL"), "失能情况", "Dependency",
          "NONE、PARTIAL 或 FULL", "NONE, PARTIAL or FULL");
    }
    throwIfAny(checks);
    YearMonth from = YearMonth.now(clock).plusMonths(1);
    SpecialFamily asBefore = claims.declared(applicationNumber).on(from.atDay(1));
    if (household != null && !household.isBlank()) {
      jdbc.sql("UPDATE special_family_claim SET household = :h WHERE application_number = :n")
          .param("h", household.strip()).param("n", applicationNumber).update();
    }
    if (parentIdNumber != null && !parentIdNumber.isBlank()) {
      jdbc.sql("UPDATE special_family_member SET dependency = :d WHERE application_number = :n AND id_number = :id")
          .param("d", dependency.strip()).param("n", applicationNumber).param("id", parentIdNumber.strip()).update();
    }
    if (newLivingChild) {
      jdbc.sql("""
              INSERT INTO special_family_member (application_number, position, role, name, sex, birth_date, living,
                adopted)
              SELECT :n, MAX(position) + 1, 'CHILD', '（年度确认新增子女）', 'MALE', :today, TRUE, FALSE
              FROM special_family_member WHERE application_number = :n""")
          .param("n", applicationNumber).param("today", Date.valueOf(LocalDate.now(clock))).update();
    }
    resume(applicationNumber);
    reconcile(from, asBefore, claims.declared(applicationNumber));
  }

  /** A parent died: their entitlements end with the month of death; the other parent's go on. */
  @Transactional
  public void death(String applicationNumber, String parentIdNumber, LocalDate dateOfDeath) {
    FieldChecks checks = new FieldChecks(LocalDate.now(clock));
    requireParent(applicationNumber, parentIdNumber, checks);
    if (checks.required("dateOfDeath", dateOfDeath, "去世日期", "Date of death")) {
      checks.pastDate("dateOfDeath", dateOfDeath, "去世日期", "The date of death");
    }
    throwIfAny(checks);
    jdbc.sql("UPDATE special_family_member SET living = FALSE WHERE application_number = :n AND id_number = :id")
        .param("n", applicationNumber).param("id", parentIdNumber.strip()).update();
    resume(applicationNumber);
    for (long entitlement : jdbc.sql("""
            SELECT id FROM entitlement WHERE application_number = :n AND beneficiary_id_number = :id
              AND last_period IS NULL""")
        .param("n", applicationNumber).param("id", parentIdNumber.strip()).query(Long.class).list()) {
      end(entitlement, YearMonth.from(dateOfDeath));
    }
  }

  /** Not confirmed in time: nothing is paid until the street office confirms. */
  @Transactional
  public void suspend(String applicationNumber) {
    jdbc.sql("UPDATE entitlement SET status = 'SUSPENDED' WHERE application_number = :n AND status = 'LIVE' AND last_period IS NULL")
        .param("n", applicationNumber).update();
  }

  private void resume(String applicationNumber) {
    jdbc.sql("UPDATE entitlement SET status = 'LIVE' WHERE application_number = :n AND status = 'SUSPENDED'")
        .param("n", applicationNumber).update();
  }

  /**
   * Entitlements follow the family's assessment from {@code from}: a benefit no longer due, or now priced by another
   * rate (the family's category or household changed), ends the month before; a new one, or the same at its new rate,
   * starts then, or earlier where a parent's age made it due since the family was last assessed
   * ({@link SpecialFamilyRules#firstMonthOwed}, judged on the facts as they were before any change reported now). One
   * whose rate is the same goes on: its periods follow the rate's values month by month anyway. A parent who has died
   * is granted nothing.
   */
  private void reconcile(YearMonth from, SpecialFamily asBefore, DeclaredFamily family) {
    String applicationNumber = family.applicationNumber();
    SpecialFamilyRules rules = new SpecialFamilyRules(SpecialFamilyParameters.from(parameters));
    SpecialFamilyAssessment assessment = rules.assess(family.on(from.atDay(1)), Set.of());
    Set<String> living = family.livingParents();
    record Live(long id, String key) {}
    List<Live> live = jdbc.sql("""
            SELECT id, scheme, beneficiary_id_number, rate FROM entitlement
            WHERE application_number = :n AND status = 'LIVE' AND last_period IS NULL""")
        .param("n", applicationNumber)
        .query((r, i) -> new Live(r.getLong("id"),
            benefitKey(r.getString("scheme"), r.getString("beneficiary_id_number"), r.getString("rate"))))
        .list();
    Set<String> due = new HashSet<>();
    for (SchemeOutcome scheme : assessment.schemes()) {
      for (Benefit benefit : scheme.benefits()) {
        due.add(benefitKey(scheme.scheme(), benefit.parentIdNumber(), benefit.rate()));
      }
    }
    // Those going end first, so that one at a new rate starts after the months they still owe, and only then may end
    // as a whole: the family's claim stays while the new one is recorded.
    List<Long> ending = live.stream().filter(entitlement -> !due.contains(entitlement.key())).map(Live::id).toList();
    ending.forEach(entitlement -> entitlements.closeAfter(entitlement, from.minusMonths(1)));
    Set<String> going = live.stream().map(Live::key).collect(Collectors.toSet());
    LocalDate lastAssessed = family.lastAssessed();
    YearMonth granted = Optional.ofNullable(records.find(applicationNumber).orElseThrow().decidedAt())
        .map(decided -> YearMonth.from(decided.atZone(clock.getZone()))).orElse(YearMonth.from(lastAssessed));
    for (SchemeOutcome scheme : assessment.schemes()) {
      for (Benefit benefit : scheme.benefits()) {
        if (living.contains(benefit.parentIdNumber())
            && !going.contains(benefitKey(scheme.scheme(), benefit.parentIdNumber(), benefit.rate()))) {
          YearMonth first = rules.firstMonthOwed(asBefore, scheme.scheme(), benefit, lastAssessed, granted, from);
          grants.recordEntitlement(family, scheme, benefit, first, assessment.appliedParameters());
        }
      }
    }
    if (!ending.isEmpty()) {
      entitlements.endIfComplete(ending);
    }
    claims.confirmedOn(applicationNumber, from.atDay(1));
  }

  private static String benefitKey(String scheme, String beneficiary, String rate) {
    return scheme + "/" + beneficiary + "/" + rate;
  }

  private void end(long entitlementId, YearMonth lastPeriod) {
    entitlements.closeAfter(entitlementId, lastPeriod);
    entitlements.endIfComplete(entitlementId);
  }

  private void requireParent(String applicationNumber, String parentIdNumber, FieldChecks checks) {
    boolean parent = parentIdNumber != null && jdbc.sql("""
            SELECT COUNT(*) FROM special_family_member WHERE application_number = :n AND id_number = :id
              AND role = 'PARENT'""")
        .param("n", applicationNumber).param("id", parentIdNumber.strip()).query(Long.class).single() == 1;
    if (!parent) {
      checks.reject("parentIdNumber", "该身份证号码不是本家庭登记的父母", "This identity number is not one of the family's parents");
    }
  }

  private static void throwIfAny(FieldChecks checks) {
    InvalidRequestException.throwIfAny(checks.errors());
  }
}
