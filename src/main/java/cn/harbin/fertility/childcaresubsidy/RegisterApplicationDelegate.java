package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.common.ApplicationRecord;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterApplication: records the case and gives it its number, the business key. */
@Component("childcareSubsidyRegisterApplication")
public class RegisterApplicationDelegate implements JavaDelegate {

  private final ChildcareSubsidyIntake intake;

  public RegisterApplicationDelegate(ChildcareSubsidyIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ApplicationRecord.Channel declared = ApplicationRecord.Channel.declaredBy(execution.getVariable("channel"));
    ChildcareSubsidyIntake.Registration registration =
        intake.register(ChildcareSubsidyApplication.fromVariables(execution.getVariables()), declared);
    execution.setProcessBusinessKey(registration.applicationNumber());
    execution.setVariable("applicationNumber", registration.applicationNumber());
    execution.setVariable("channel", registration.channel().name());
    execution.setVariable("reviewDueDays", registration.reviewDueDays());
    execution.setVariable("registryVerificationDueDays", registration.registryVerificationDueDays());
    execution.setVariable("materialDueDays", registration.materialDueDays());
  }
}
