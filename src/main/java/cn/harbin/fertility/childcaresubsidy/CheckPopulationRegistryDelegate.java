package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.policy.HouseholdRegistrationCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckPopulationRegistry: MATCH goes on to the rules; anything else to public security. */
@Component("childcareSubsidyCheckPopulationRegistry")
public class CheckPopulationRegistryDelegate implements JavaDelegate {

  private final ChildcareSubsidyCaseChecks checks;
  private final ChildcareSubsidyClaims claims;

  public CheckPopulationRegistryDelegate(ChildcareSubsidyCaseChecks checks, ChildcareSubsidyClaims claims) {
    this.checks = checks;
    this.claims = claims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HouseholdRegistrationCheck.Outcome outcome =
        checks.checkRegistry(claims.find((String) execution.getVariable("applicationNumber")));
    execution.setVariable("registryCheck", outcome.result().name());
    execution.setVariable("registryFindings", String.join("；", outcome.findingsZh()));
  }
}
