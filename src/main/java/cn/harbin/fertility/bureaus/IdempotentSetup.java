package cn.harbin.fertility.bureaus;

import java.util.function.BooleanSupplier;

/**
 * Creates something only when it is missing. Two nodes starting on one database may race to create the
 * same group or authorization: the loser's unique-key failure is fine as long as the thing now exists. Inside a
 * shared transaction the failure dooms that transaction, so {@link StartupSetups} then runs the part again
 * without one, where this holds.
 */
final class IdempotentSetup {

  private IdempotentSetup() {}

  /** @return true when this call created it */
  static boolean createIfMissing(BooleanSupplier exists, Runnable create) {
    return createIfMissing(exists, exists, create);
  }

  /**
   * As {@link #createIfMissing(BooleanSupplier, Runnable)}, where what is known to exist was read beforehand for many
   * (a snapshot): a failed creation asks the database again, as another node may have created it since.
   *
   * @return true when this call created it
   */
  static boolean createIfMissing(BooleanSupplier knownToExist, BooleanSupplier existsNow, Runnable create) {
    if (knownToExist.getAsBoolean()) {
      return false;
    }
    try {
      create.run();
      return true;
    } catch (RuntimeException raceLost) {
      if (existsNow.getAsBoolean()) {
        return false;
      }
      throw raceLost;
    }
  }
}
