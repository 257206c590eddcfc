package cn.harbin.fertility.payments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordBankResult: the failed rows finance listed are due again; a list that names no payment of the batch is
 * refused to finance, and the task stays.
 */
@Component("recordBankResult")
public class RecordBankResultDelegate implements JavaDelegate {

  private final Disbursements disbursements;

  public RecordBankResultDelegate(Disbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disbursements.recordBankResult(BatchKey.batchIdOf(execution),
        BankResult.failedPayments((String) execution.getVariable("failedPayments")),
        ApproveAndExportDelegate.currentUser(execution));
  }
}
