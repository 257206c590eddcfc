package cn.harbin.fertility.payments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReleaseBatch: finance refused the batch; no bank file is ever made of it. */
@Component("releaseBatch")
public class ReleaseBatchDelegate implements JavaDelegate {

  private final Disbursements disbursements;

  public ReleaseBatchDelegate(Disbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disbursements.refuse(BatchKey.batchIdOf(execution), ApproveAndExportDelegate.currentUser(execution));
  }
}
