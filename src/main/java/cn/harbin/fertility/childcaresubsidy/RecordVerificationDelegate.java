package cn.harbin.fertility.childcaresubsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordVerification: what public security confirmed or corrected becomes the claim of record. */
@Component("childcareSubsidyRecordVerification")
public class RecordVerificationDelegate implements JavaDelegate {

  private final ChildcareSubsidyDecisions decisions;

  public RecordVerificationDelegate(ChildcareSubsidyDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.recordVerification((String) execution.getVariable("applicationNumber"),
        (String) execution.getVariable("verificationOutcome"), execution.getVariable("birthOrder"),
        (String) execution.getVariable("divisionCode"));
  }
}
