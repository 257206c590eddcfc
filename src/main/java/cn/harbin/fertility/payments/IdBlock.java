package cn.harbin.fertility.payments;

/**
 * The ids from {@code first} to {@code last}: one part of a disbursement step over many entitlements or payments. The
 * process runs the parts of a step as parallel jobs, on every node's job executor, and each part in chunks.
 */
public record IdBlock(long first, long last) {

  /** Ids in a block: 10 chunks, few enough jobs for a batch of a province and enough to keep each node busy. */
  public static final long SIZE = 10 * Disbursements.CHUNK;

  /** Every id, for a step run as one part. */
  static final IdBlock ALL = new IdBlock(0, Long.MAX_VALUE);

  /** The block of ids that {@code id / SIZE} numbers. */
  public static IdBlock numbered(long number) {
    return new IdBlock(number * SIZE, number * SIZE + SIZE - 1);
  }
}
