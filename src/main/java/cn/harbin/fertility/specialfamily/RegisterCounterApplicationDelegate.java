package cn.harbin.fertility.specialfamily;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterCounterApplication: the street office's counter form becomes an application of record; the case
 * takes its number as business key. An invalid form starts nothing: Tasklist shows the messages.
 */
@Component("specialFamilyRegisterCounterApplication")
public class RegisterCounterApplicationDelegate implements JavaDelegate {

  private final SpecialFamilyIntake intake;

  public RegisterCounterApplicationDelegate(SpecialFamilyIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var variables = intake.registerAtCounter(CounterApplication.from(execution.getVariables()));
    execution.setProcessBusinessKey((String) variables.get("applicationNumber"));
    execution.setVariables(variables);
  }
}
