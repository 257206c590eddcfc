package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.Notifications;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.policy.ChildcareSubsidyAssessment;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.ChildcareSubsidyRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a decided childcare subsidy case leaves on record: the entitlement when granted, and the outcome. */
@Service
public class ChildcareSubsidyDecisions {

  private final ApplicationRecords records;
  private final Entitlements entitlements;
  private final ChildcareSubsidyCaseChecks checks;
  private final ChildcareSubsidyClaims claims;
  private final Notifications notifications;
  private final Clock clock;

  public ChildcareSubsidyDecisions(ApplicationRecords records, Entitlements entitlements,
      ChildcareSubsidyCaseChecks checks, ChildcareSubsidyClaims claims, Notifications notifications, Clock clock) {
    this.records = records;
    this.claims = claims;
    this.entitlements = entitlements;
    this.checks = checks;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * Public security's finding becomes the claim of record (§3.1.4). A correction that is not a birth order or not
   * a Harbin division is refused, and the verification task stays open.
   */
  @Transactional
  public void recordVerification(String applicationNumber, String outcome, Object birthOrder, String divisionCode) {
    if (!"corrected".equals(outcome)) {
      return;
    }
    FieldChecks checks = new FieldChecks();
    Integer order = ChildcareSubsidyApplication.wholeNumber(birthOrder);
    if (order == null || order < 1 || order > 20) {
      checks.reject("birthOrder", "核实后的孩次应为1至20之间的整数", "The verified birth order must be a whole number from 1 to 20");
    }
    Optional<HarbinDivision> division = checks.harbinDivision("divisionCode", divisionCode);
    if (!checks.errors().isEmpty()) {
      throw new InvalidRequestException(checks.errors());
    }
    claims.correct(applicationNumber, order, division.orElseThrow().code());
  }

  /**
   * The approved claim's entitlement: the claim of record under the rules as of its receipt, each month at the
   * amount in force in that month.
   */
  @Transactional
  public ChildcareSubsidyAssessment grant(String applicationNumber) {
    ChildcareSubsidyApplication claim = claims.find(applicationNumber);
    ChildcareSubsidyAssessment assessment = checks.assess(applicationNumber, claim);
    if (!assessment.eligible()) {
      throw new IllegalStateException(applicationNumber + " was approved but is not eligible: "
          + assessment.ineligibilities());
    }
    entitlements.record(new Entitlements.NewEntitlement(applicationNumber, ChildcareSubsidyParameters.SCHEME,
        ChildcareSubsidyRules.CLAUSE, IdentityNumber.parse(claim.childIdNumber()).orElseThrow().value(),
        claim.applicantName(), claim.bankName(), claim.bankAccount().replace(" ", ""), claim.divisionCode(),
        assessment.schedule(), assessment.appliedParameters()), clock.instant());
    return assessment;
  }

  /**
   * The outcome the applicant reads, and is told; a case that ends without a grant frees the child for a new
   * claim.
   */
  @Transactional
  public void recordOutcome(String applicationNumber, ApplicationRecord.Status outcome, String reasonZh,
      String reasonEn) {
    records.decide(applicationNumber, outcome, reasonZh, reasonEn, clock.instant());
    if (outcome != ApplicationRecord.Status.GRANTED) {
      records.releaseClaims(applicationNumber);
    }
    notifications.send(applicationNumber, "您的育儿补贴申请 " + applicationNumber + " 已办结：" + reasonZh,
        "Your childcare subsidy application " + applicationNumber + " is decided: "
            + (reasonEn == null ? outcome.name().toLowerCase() : reasonEn));
  }

  /** The district asks for material: the applicant learns what and by when. */
  public void requestMaterial(String applicationNumber, String missingMaterial, int dueDays) {
    LocalDate due = LocalDate.now(clock).plusDays(dueDays);
    notifications.send(applicationNumber, "请于" + due + "前补正以下材料：" + missingMaterial + "。逾期未补正的，申请将终止办理。",
        "Please supply by " + due + ": " + missingMaterial + ". Otherwise the application will be closed.");
  }

}
