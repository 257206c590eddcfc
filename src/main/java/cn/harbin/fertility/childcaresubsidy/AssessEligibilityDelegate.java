package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.policy.ChildcareSubsidyAssessment;
import cn.harbin.fertility.policy.Ineligibility;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AssessEligibility: applies §3.4.2a to the claim as it stands, so that the district reviewer sees the
 * amounts before deciding, and an ineligible claim is rejected with the rule's reason.
 */
@Component("childcareSubsidyAssessEligibility")
public class AssessEligibilityDelegate implements JavaDelegate {

  private final ChildcareSubsidyCaseChecks checks;
  private final ChildcareSubsidyClaims claims;

  public AssessEligibilityDelegate(ChildcareSubsidyCaseChecks checks, ChildcareSubsidyClaims claims) {
    this.checks = checks;
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable("applicationNumber");
    ChildcareSubsidyAssessment assessment = checks.assess(claims.ofRecord(number));
    execution.setVariable("eligible", assessment.eligible());
    if (assessment.eligible()) {
      execution.setVariable("entitlementSummary", ChildcareSubsidySummary.describe(assessment));
    } else {
      execution.setVariable("rejectionReasonZh", assessment.ineligibilities().stream()
          .map(reason -> reason.messageZh() + "（" + reason.clause() + "）").collect(Collectors.joining("；")));
      execution.setVariable("rejectionReasonEn", assessment.ineligibilities().stream()
          .map(Ineligibility::messageEn).collect(Collectors.joining("; ")));
    }
  }
}
