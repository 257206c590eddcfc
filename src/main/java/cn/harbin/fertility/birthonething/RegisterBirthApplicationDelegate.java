package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.common.ApplicationRecord;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterApplication: records the case, gives it its number, and lets the rules answer every scheme. */
@Component("birthOneThingRegisterApplication")
public class RegisterBirthApplicationDelegate implements JavaDelegate {

  private final BirthOneThingIntake intake;
  private final BirthSchemes schemes;

  public RegisterBirthApplicationDelegate(BirthOneThingIntake intake, BirthSchemes schemes) {
    this.intake = intake;
    this.schemes = schemes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ApplicationRecord.Channel declared = ApplicationRecord.Channel.declaredBy(execution.getVariable("channel"));
    BirthOneThingApplication application = BirthOneThingApplication.fromVariables(execution.getVariables());
    String number = intake.register(application, declared);
    execution.setProcessBusinessKey(number);
    execution.setVariable("applicationNumber", number);
    execution.setVariables(schemes.assess(number, application));
  }
}
