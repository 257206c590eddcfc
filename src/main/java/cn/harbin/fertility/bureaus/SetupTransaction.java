package cn.harbin.fertility.bureaus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one start-up setup (groups, grants, filters, accounts) in a single transaction. On the default H2 file each
 * commit is forced to disk, and a first start creates some two hundred of these one by one: seconds spent waiting
 * for the disk. If another node starting at the same time created one of them first, the shared transaction fails as
 * a whole; the setup then runs again step by step, each creation committed on its own, where a lost race is harmless
 * ({@link IdempotentSetup}).
 */
@Component
public class SetupTransaction {

  private static final Logger LOG = LoggerFactory.getLogger(SetupTransaction.class);

  private final TransactionTemplate transaction;

  public SetupTransaction(PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
  }

  public void run(String name, Runnable setup) {
    try {
      transaction.executeWithoutResult(status -> setup.run());
    } catch (RuntimeException sharedTransactionFailed) {
      LOG.info("{}: set up again step by step, as the single transaction failed: {}", name,
          sharedTransactionFailed.toString());
      setup.run();
    }
  }
}
