package cn.harbin.fertility.bureaus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Runs every {@link StartupSetup} once the application has started, before the demo data, each part in a single
 * transaction. On the default H2 file each commit is forced to disk, and a first start creates some two hundred
 * groups, grants and filters: one commit each was seconds spent waiting for the disk. If another node starting at the
 * same time created one of them first, the part's transaction fails as a whole; the part then runs again step by
 * step, each creation committed on its own, where a lost race is harmless ({@link IdempotentSetup}).
 */
@Component
public class StartupSetups {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSetups.class);

  private final ObjectProvider<StartupSetup> setups;
  private final TransactionTemplate transaction;

  public StartupSetups(ObjectProvider<StartupSetup> setups, PlatformTransactionManager transactions) {
    this.setups = setups;
    this.transaction = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(1)
  public void createMissing() {
    setups.orderedStream().forEach(this::run);
  }

  void run(StartupSetup setup) {
    try {
      transaction.executeWithoutResult(status -> setup.createMissing());
    } catch (RuntimeException sharedTransactionFailed) {
      LOG.info("{}: set up again step by step, as its single transaction failed: {}",
          ClassUtils.getUserClass(setup).getSimpleName(), sharedTransactionFailed.toString());
      setup.createMissing();
    }
  }
}
