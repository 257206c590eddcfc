package cn.harbin.fertility.nursery;

import cn.harbin.fertility.policy.NurserySubsidyParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterFiling: records the filing, gives the case its number and the review its due date. */
@Component("nurseryRegisterFiling")
public class RegisterNurseryFilingDelegate implements JavaDelegate {

  private final NurseryRecognitionIntake intake;
  private final PolicyParameterSource parameters;
  private final Clock clock;

  public RegisterNurseryFilingDelegate(NurseryRecognitionIntake intake, PolicyParameterSource parameters,
      Clock clock) {
    this.intake = intake;
    this.parameters = parameters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NurseryFiling filing = NurseryFiling.fromVariables(execution.getVariables());
    String number = intake.register(filing);
    execution.setProcessBusinessKey(number);
    execution.setVariable("applicationNumber", number);
    execution.setVariable("creditCode", Nurseries.creditCode(filing.creditCode()));
    execution.setVariable("recognitionReviewDue", "P" + NurserySubsidyParameters.from(parameters)
        .recognitionReviewDueWorkingDays().requireValueOn(LocalDate.now(clock)) + "WD");
  }
}
