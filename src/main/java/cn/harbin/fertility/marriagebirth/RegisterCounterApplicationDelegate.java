package cn.harbin.fertility.marriagebirth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterCounterApplication: the counter form becomes an application of record with its number. */
@Component("marriageBirthRegisterCounterApplication")
public class RegisterCounterApplicationDelegate implements JavaDelegate {

  private final MarriageBirthIntake intake;

  public RegisterCounterApplicationDelegate(MarriageBirthIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var variables = intake.registerAtCounter(CounterApplication.from(execution.getVariables()));
    execution.setProcessBusinessKey((String) variables.get("applicationNumber"));
    execution.setVariables(variables);
  }
}
