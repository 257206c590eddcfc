package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.CaseOutcomes;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.policy.ChildcareSubsidyRules;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the family is told: a reminder when the newborn's insurance is not recorded by day 60, or the day after a later
 * application ({@code Timer_InsuranceReminder}), and at the end one notice listing every scheme's result
 * ({@code Task_CombinedNotice}).
 */
@Component("birthOneThingNotices")
public class BirthOneThingNotices {

  private static final List<String> GIVEN = List.of("GRANTED", "ENROLLED", "CONFIRMED", "RECORDED");

  private final BirthSchemes schemes;
  private final BirthSchemeResults results;
  private final ApplicationRecords records;
  private final CaseOutcomes outcomes;
  private final Notifications notifications;
  private final Entitlements entitlements;
  private final Clock clock;

  public BirthOneThingNotices(BirthSchemes schemes, BirthSchemeResults results, ApplicationRecords records,
      CaseOutcomes outcomes, Notifications notifications, Entitlements entitlements, Clock clock) {
    this.schemes = schemes;
    this.results = results;
    this.records = records;
    this.outcomes = outcomes;
    this.notifications = notifications;
    this.entitlements = entitlements;
    this.clock = clock;
  }

  /** Before day 90 the family can still have the child covered from the birth; after it, from the enrolment. */
  public void remindOfInsurance(DelegateExecution execution) {
    Date lastDay = (Date) execution.getVariable("insuranceDue");
    boolean stillFromBirth = !clock.instant().isAfter(lastDay.toInstant());
    notifications.send((String) execution.getVariable("applicationNumber"), stillFromBirth
            ? "温馨提示：新生儿出生90日内参加居民医保并缴费，可自出生之日起享受待遇；目前尚未查到参保记录，请尽快办理。"
            : "温馨提示：目前尚未查到新生儿参加居民医保的记录；出生已超过90日，参保缴费后自缴费之日起享受待遇，请尽快办理。",
        stillFromBirth
            ? "Reminder: enrolled and paid within 90 days of the birth, the newborn is insured from birth; no "
                + "enrolment is recorded yet."
            : "Reminder: no enrolment of the newborn is recorded yet; after day 90 the child is insured from the day "
                + "paid.");
  }

  /** The city's subsidy ends in its own case: its outcome joins the others, then one notice lists them all. */
  public void sendCombinedNotice(DelegateExecution execution) {
    String number = (String) execution.getVariable("applicationNumber");
    Object cityCase = execution.getVariable("cityApplicationNumber");
    if (cityCase != null) {
      ApplicationRecord city = records.find(cityCase.toString()).orElseThrow();
      boolean granted = city.status() == ApplicationRecord.Status.GRANTED;
      schemes.decide(number, BirthSchemes.CITY_CHILDCARE_SUBSIDY, ChildcareSubsidyRules.CLAUSE,
          granted ? "GRANTED" : "REFUSED", "申请 " + cityCase + "：" + city.outcomeReasonZh(),
          "Application " + cityCase + ": " + city.outcomeReasonEn());
    }
    boolean anyGiven = results.of(number).stream().anyMatch(result -> GIVEN.contains(result.result()));
    outcomes.decide(number, anyGiven ? ApplicationRecord.Status.GRANTED : ApplicationRecord.Status.REJECTED,
        "\n" + schemes.describe(number), "each scheme's result is listed in Chinese above");
    entitlements.freeClaimsIfEnded(number);
  }
}
