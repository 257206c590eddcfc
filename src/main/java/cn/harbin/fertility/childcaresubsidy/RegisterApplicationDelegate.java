package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.common.ApplicationRecord;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterApplication: records the case; for a counter application it also gives the number. */
@Component("childcareSubsidyRegisterApplication")
public class RegisterApplicationDelegate implements JavaDelegate {

  private final ChildcareSubsidyIntake intake;

  public RegisterApplicationDelegate(ChildcareSubsidyIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object channel = execution.getVariable("channel");
    ChildcareSubsidyIntake.Registration registration = intake.register(
        ChildcareSubsidyApplication.fromVariables(execution.getVariables()), execution.getProcessBusinessKey(),
        channel == null ? ApplicationRecord.Channel.COUNTER : ApplicationRecord.Channel.valueOf(channel.toString()));
    execution.setProcessBusinessKey(registration.applicationNumber());
    execution.setVariable("applicationNumber", registration.applicationNumber());
    execution.setVariable("channel", channel == null ? ApplicationRecord.Channel.COUNTER.name() : channel);
    execution.setVariable("reviewDueDays", registration.reviewDueDays());
    execution.setVariable("registryVerificationDueDays", registration.registryVerificationDueDays());
    execution.setVariable("materialDueDays", registration.materialDueDays());
  }
}
