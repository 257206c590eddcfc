package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.policy.ChildcareSubsidyAssessment;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.ChildcareSubsidyRules;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a childcare subsidy case leaves on record: public security's corrections and the granted entitlement. */
@Service
public class ChildcareSubsidyDecisions {

  private final Entitlements entitlements;
  private final ChildcareSubsidyCaseChecks checks;
  private final ChildcareSubsidyClaims claims;
  private final Clock clock;

  public ChildcareSubsidyDecisions(Entitlements entitlements, ChildcareSubsidyCaseChecks checks,
      ChildcareSubsidyClaims claims, Clock clock) {
    this.claims = claims;
    this.entitlements = entitlements;
    this.checks = checks;
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
    InvalidRequestException.throwIfAny(checks.errors());
    claims.correct(applicationNumber, order, division.orElseThrow().code());
  }

  /**
   * The approved claim's entitlement: the claim of record under the rules as of its receipt, each month at the
   * amount in force in that month.
   */
  @Transactional
  public ChildcareSubsidyAssessment grant(String applicationNumber) {
    ChildcareSubsidyClaims.ClaimOfRecord ofRecord = claims.ofRecord(applicationNumber);
    ChildcareSubsidyApplication claim = ofRecord.claim();
    ChildcareSubsidyAssessment assessment = checks.assess(ofRecord);
    if (!assessment.eligible()) {
      throw new IllegalStateException(applicationNumber + " was approved but is not eligible: "
          + assessment.ineligibilities());
    }
    entitlements.record(new Entitlements.NewEntitlement(applicationNumber, ChildcareSubsidyParameters.SCHEME,
        ChildcareSubsidyRules.CLAUSE, IdentityNumber.parse(claim.childIdNumber()).orElseThrow().value(),
        claim.applicantName(), claim.bankName(), claim.bankAccount().replace(" ", ""), claim.divisionCode(),
        assessment.schedule(), ChildcareSubsidyParameters.monthlyAmountRate(claim.birthOrder()),
        assessment.appliedParameters()), clock.instant());
    return assessment;
  }


}
