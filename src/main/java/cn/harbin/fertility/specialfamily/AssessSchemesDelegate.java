package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.policy.SpecialFamilyAssessment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AssessSchemes and Task_ComputeAmounts: §3.5 applied to the family of record, so that the street office and
 * the district see what the family qualifies for and why not, and a family that qualifies for nothing is told so.
 */
@Component("specialFamilyAssessSchemes")
public class AssessSchemesDelegate implements JavaDelegate {

  private final SpecialFamilyCase specialFamilyCase;
  private final SpecialFamilyClaims claims;

  public AssessSchemesDelegate(SpecialFamilyCase specialFamilyCase, SpecialFamilyClaims claims) {
    this.specialFamilyCase = specialFamilyCase;
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable("applicationNumber");
    DeclaredFamily family = claims.declared(number);
    SpecialFamilyAssessment assessment = specialFamilyCase.assess(family);
    execution.setVariable("familySummary", SpecialFamilySummary.family(family));
    execution.setVariable("anyEligible", assessment.anyEligible());
    execution.setVariable("schemeSummary", SpecialFamilySummary.schemes(assessment));
    execution.setVariable("serviceSummary", SpecialFamilySummary.services(assessment));
    if (!assessment.anyEligible()) {
      execution.setVariable("rejectionReasonZh", SpecialFamilySummary.reasonsZh(assessment));
      execution.setVariable("rejectionReasonEn", SpecialFamilySummary.reasonsEn(assessment));
    }
  }
}
