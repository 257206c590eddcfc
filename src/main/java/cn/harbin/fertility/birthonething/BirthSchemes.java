package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.birthonething.BirthSchemeResults.SchemeResult;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.policy.BirthFacts;
import cn.harbin.fertility.policy.BirthOneThingRules;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import cn.harbin.fertility.policy.ChildcareSubsidyAssessment;
import cn.harbin.fertility.policy.ChildcareSubsidyClaim;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.ChildcareSubsidyRules;
import cn.harbin.fertility.policy.MonthlyPayment;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.policy.SchemeOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What the schemes of the birth bundle give one family: the rules' first answers when the case is received
 * (recorded, and turned into the variables that route the case to each bureau), and each bureau's answer after.
 */
@Service
public class BirthSchemes {

  public static final String CITY_CHILDCARE_SUBSIDY = ChildcareSubsidyParameters.SCHEME;

  private final PolicyParameterSource parameters;
  private final ApplicationRecords records;
  private final BirthSchemeResults results;
  private final Entitlements entitlements;
  private final MessageSource messages;
  private final Clock clock;

  public BirthSchemes(PolicyParameterSource parameters, ApplicationRecords records, BirthSchemeResults results,
      Entitlements entitlements, MessageSource messages, Clock clock) {
    this.parameters = parameters;
    this.records = records;
    this.results = results;
    this.entitlements = entitlements;
    this.messages = messages;
    this.clock = clock;
  }

  /** Records every scheme's first answer; returns the variables that open each applicable scheme's branch. */
  public Map<String, Object> assess(String applicationNumber, BirthOneThingApplication application) {
    LocalDate today = LocalDate.now(clock);
    SchemeResult city = citySubsidy(application, today);
    BirthFacts facts = facts(application, today);
    BirthSchemeParameters figures = BirthSchemeParameters.from(parameters);
    BirthOneThingRules rules = new BirthOneThingRules(figures);
    List<SchemeOutcome> outcomes = rules.assess(facts, city.result().equals(SchemeOutcome.Result.APPLIES.name()));
    results.record(applicationNumber, city);
    outcomes.forEach(outcome -> results.record(applicationNumber, new SchemeResult(outcome.scheme(), outcome.clause(),
        outcome.result().name(), outcome.explanationZh(), outcome.explanationEn())));

    Map<String, SchemeOutcome> byScheme = outcomes.stream()
        .collect(Collectors.toMap(SchemeOutcome::scheme, outcome -> outcome));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("citySubsidyApplies", city.result().equals(SchemeOutcome.Result.APPLIES.name()));
    variables.put("nationalSubsidyApplies", byScheme.get(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY).applies());
    variables.put("homePurchaseApplies", byScheme.get(BirthSchemeParameters.HOME_PURCHASE_SUBSIDY).applies());
    variables.put("providentFundApplies", byScheme.get(BirthSchemeParameters.PROVIDENT_FUND_LOAN).applies());
    variables.put("publicRentalApplies", byScheme.get(BirthSchemeParameters.PUBLIC_RENTAL_HOUSING).applies());
    variables.put("insuranceApplies", byScheme.get(BirthSchemeParameters.NEWBORN_INSURANCE).applies());
    variables.put("nationalReviewDue", "P" + figures.nationalFirstReviewWorkingDays().requireValueOn(today) + "WD");
    variables.put("bureauDue", "P" + figures.bureauDueWorkingDays().requireValueOn(today) + "WD");
    variables.put("insuranceDue", endOf(rules.lastDayCoveredFromBirth(application.childBirthDate(), today)));
    variables.put("insuranceReminder", startOf(rules.insuranceReminderDay(application.childBirthDate(), today)));
    variables.put("schemesAssessment", describe(results.of(applicationNumber)));
    return variables;
  }

  /** A bureau's answer on its scheme, replacing the rules' first one. */
  public void decide(String applicationNumber, String scheme, String clause, String result, String explanationZh,
      String explanationEn) {
    results.record(applicationNumber, new SchemeResult(scheme, clause, result, explanationZh, explanationEn));
  }

  /**
   * The bureau approved a paid scheme: its months (national subsidy, paid once a year) or its one amount (home
   * purchase, paid by the next run) become an entitlement of the child, paid to the applicant's account by the
   * scheme's disbursement, each period once.
   */
  public void grant(String applicationNumber, String scheme, BirthOneThingApplication application) {
    LocalDate today = LocalDate.now(clock);
    BirthFacts facts = facts(application, today);
    BirthOneThingRules rules = new BirthOneThingRules(BirthSchemeParameters.from(parameters));
    SchemeOutcome outcome = scheme.equals(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY)
        ? rules.nationalSubsidy(facts) : rules.homePurchase(facts);
    if (!outcome.applies()) {
      throw new IllegalStateException(scheme + " no longer applies to " + applicationNumber + ": "
          + outcome.explanationEn());
    }
    boolean monthly = !outcome.months().isEmpty();
    List<MonthlyPayment> schedule = monthly ? outcome.months()
        : List.of(new MonthlyPayment(YearMonth.from(today), outcome.amount().orElseThrow()));
    entitlements.record(new Entitlements.NewEntitlement(applicationNumber, scheme, outcome.clause(),
        application.recordedChildIdNumber(), application.applicantName(), application.bankName(),
        application.bankAccount(), application.divisionCode(), schedule, monthly ? BirthSchemeParameters.NATIONAL_MONTHLY_AMOUNT_RATE : null,
        Map.of(scheme, outcome.explanationZh() + " (" + outcome.clause() + ")")), clock.instant());
  }

  /** Every scheme's answer, one line each, as the combined notice and the task forms show it. */
  public String describe(String applicationNumber) {
    return describe(results.of(applicationNumber));
  }

  private SchemeResult citySubsidy(BirthOneThingApplication application, LocalDate today) {
    Optional<String> earlier = records.liveClaimHolder(ChildcareSubsidyIntake.claimKey(application.family()));
    if (earlier.isPresent()) {
      return new SchemeResult(CITY_CHILDCARE_SUBSIDY, ChildcareSubsidyRules.CLAUSE, "NOT_APPLICABLE",
          "该子女已有育儿补贴申请（" + earlier.get() + "），按原申请办理",
          "The child already has a childcare subsidy claim (" + earlier.get() + "), handled as it is");
    }
    ChildcareSubsidyAssessment assessment = new ChildcareSubsidyRules(ChildcareSubsidyParameters.from(parameters))
        .assess(new ChildcareSubsidyClaim(application.childBirthDate(), application.birthOrder(), today));
    if (!assessment.eligible()) {
      return new SchemeResult(CITY_CHILDCARE_SUBSIDY, ChildcareSubsidyRules.CLAUSE, "NOT_APPLICABLE",
          assessment.ineligibilities().get(0).messageZh(), assessment.ineligibilities().get(0).messageEn());
    }
    return new SchemeResult(CITY_CHILDCARE_SUBSIDY, ChildcareSubsidyRules.CLAUSE, "APPLIES",
        "市级育儿补贴：每月" + assessment.schedule().get(0).amount().toPlainString() + "元，自" + assessment.firstMonth()
            + "至" + assessment.lastMonth() + "，由区县卫生健康局审核",
        "The city's childcare subsidy: " + assessment.schedule().get(0).amount().toPlainString() + " CNY a month from "
            + assessment.firstMonth() + " to " + assessment.lastMonth() + ", reviewed by the district health bureau");
  }

  private BirthFacts facts(BirthOneThingApplication application, LocalDate today) {
    return new BirthFacts(application.childBirthDate(), application.birthOrder(), application.divisionCode(),
        homePurchase(application), Boolean.TRUE.equals(application.publicRentalQualified()), today,
        entitlements.grantedUnder(BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, application.recordedChildIdNumber()));
  }

  private static Optional<BirthFacts.HomePurchase> homePurchase(BirthOneThingApplication application) {
    return application.declaresHomePurchase() ? Optional.of(new BirthFacts.HomePurchase(
        application.homeFilingNumber(), application.homeDivisionCode(), application.homeContractDate()))
        : Optional.empty();
  }

  /** One line per scheme, named as the portal names them ({@code scheme.*}, {@code schemeResult.*} of messages_zh). */
  private String describe(List<SchemeResult> schemes) {
    return schemes.stream().map(scheme -> "- " + chinese("scheme." + scheme.scheme()) + "（" + scheme.clause() + "）："
        + chinese("schemeResult." + scheme.result()) + "，" + scheme.explanationZh()).collect(Collectors.joining("\n"));
  }

  private String chinese(String key) {
    return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(TimeConfiguration.HARBIN).toInstant());
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(TimeConfiguration.HARBIN).toInstant());
  }
}
