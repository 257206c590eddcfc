package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.policy.ChildcareSubsidyAssessment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordEntitlement: the approved claim becomes an entitlement with its months and amounts. */
@Component("childcareSubsidyRecordEntitlement")
public class RecordEntitlementDelegate implements JavaDelegate {

  private final ChildcareSubsidyDecisions decisions;

  public RecordEntitlementDelegate(ChildcareSubsidyDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChildcareSubsidyAssessment granted = decisions.grant((String) execution.getVariable("applicationNumber"));
    execution.setVariable("entitlementSummary", ChildcareSubsidySummary.describe(granted));
  }
}
