package cn.harbin.fertility.payments;

/**
 * The ids from {@code first} to {@code last}: one part of a disbursement step over many entitlements or payments. The
 * process runs the parts of a step as parallel jobs, on every node's job executor, and each part in chunks.
 */
public record IdBlock(long first, long last) {

  /**
   * Ids in a block: at most 10 chunks of entitlements or payments, so that a job lasts seconds, not minutes. The
   * schemes number their entitlements from one sequence, so a small scheme's blocks hold fewer.
   */
  public static final long SIZE = 10 * Disbursements.CHUNK;

  /** Every id, for a step run as one part. */
  static final IdBlock ALL = new IdBlock(0, Long.MAX_VALUE);

  /** The block of ids that {@code id / SIZE} numbers. */
  public static IdBlock numbered(long number) {
    return new IdBlock(number * SIZE, number * SIZE + SIZE - 1);
  }
}
