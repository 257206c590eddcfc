package cn.harbin.fertility.payments;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Task_ExportBankFile: the approved batch is released to the bank; finance downloads its file. */
@Component("approveAndExportBatch")
public class ApproveAndExportDelegate implements JavaDelegate {

  private final Disbursements disbursements;

  public ApproveAndExportDelegate(Disbursements disbursements) {
    this.disbursements = disbursements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    disbursements.approveForExport(BatchKey.batchIdOf(execution), currentUser(execution));
  }

  static String currentUser(DelegateExecution execution) {
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
