package cn.harbin.fertility.payments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReopenPeriods (a job of its own): the months the refused batch held are due again for the next one. */
@Component("reopenPeriods")
public class ReopenPeriodsDelegate implements JavaDelegate {

  private final Disbursements disbursements;

  public ReopenPeriodsDelegate(Disbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disbursements.reopenPeriods(BatchKey.batchIdOf(execution));
  }
}
