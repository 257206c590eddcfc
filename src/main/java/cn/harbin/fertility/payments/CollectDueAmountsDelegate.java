package cn.harbin.fertility.payments;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CollectDueAmounts, a parallel multi-instance of one job per block of entitlement ids: what the block's
 * entitlements owe goes into the run's batch. The blocks come from the database, not from a variable a task could
 * set.
 */
@Component("collectDueAmounts")
public class CollectDueAmountsDelegate implements JavaDelegate {

  private final Disbursements disbursements;
  private final CloseCollectionDelegate closeCollection;

  public CollectDueAmountsDelegate(Disbursements disbursements, CloseCollectionDelegate closeCollection) {
    this.disbursements = disbursements;
    this.closeCollection = closeCollection;
  }

  /** The multi-instance's collection: the blocks to collect, each as {@link IdBlock#text()} writes it. */
  public List<String> blocks(DelegateExecution execution) {
    return disbursements.collectionBlocks(BatchKey.batchIdOf(execution)).stream().map(IdBlock::text).toList();
  }

  @Override
  public void execute(DelegateExecution execution) {
    long batchId = BatchKey.batchIdOf(execution);
    if (!BlockVariables.inMultiInstance(execution)) {
      // A run started on the model's version before the blocks, whose one collection job also closed the batch.
      disbursements.collectDue(batchId, IdBlock.ALL);
      closeCollection.execute(execution);
      return;
    }
    disbursements.collectDue(batchId, BlockVariables.blockOf(execution, "entitlementBlock"));
  }
}
