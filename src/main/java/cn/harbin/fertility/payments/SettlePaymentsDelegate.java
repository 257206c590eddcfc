package cn.harbin.fertility.payments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SettlePayments (a job of its own): every payment that did not fail is paid, and its payee told. */
@Component("settlePayments")
public class SettlePaymentsDelegate implements JavaDelegate {

  private final Disbursements disbursements;

  public SettlePaymentsDelegate(Disbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disbursements.settle(BatchKey.batchIdOf(execution));
  }
}
