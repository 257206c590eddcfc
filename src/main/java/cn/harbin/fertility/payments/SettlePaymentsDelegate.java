package cn.harbin.fertility.payments;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SettlePayments, a parallel multi-instance of one job per block of payment ids: every payment of the block that
 * did not fail is paid, and its payee told.
 */
@Component("settlePayments")
public class SettlePaymentsDelegate implements JavaDelegate {

  private final Disbursements disbursements;

  public SettlePaymentsDelegate(Disbursements disbursements) {
    this.disbursements = disbursements;
  }

  /** The multi-instance's collection: the numbers of the blocks to settle. */
  public List<Long> blocks(DelegateExecution execution) {
    return disbursements.settlementBlocks(BatchKey.batchIdOf(execution));
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Outside a multi-instance: a run started on the model's version before the blocks, settled in one job.
    disbursements.settle(BatchKey.batchIdOf(execution), BlockVariables.inMultiInstance(execution)
        ? BlockVariables.blockOf(execution, "paymentBlock") : IdBlock.ALL);
  }
}
