package cn.harbin.fertility.payments;

/**
 * The ids from {@code first} to {@code last}: one part of a disbursement step over many entitlements or payments. The
 * process runs the parts of a step as parallel jobs, on every node's job executor, and each part in chunks.
 */
public record IdBlock(long first, long last) {

  /**
   * At most 10 chunks a block, so that a job lasts seconds, not minutes: a collection's block holds up to this many of
   * the scheme's live entitlements, however far apart their ids; a settlement's block this many payment ids, which a
   * batch draws close together.
   */
  public static final long SIZE = 10 * Disbursements.CHUNK;

  /** Every id, for a step run as one part. */
  static final IdBlock ALL = new IdBlock(0, Long.MAX_VALUE);

  /** The block of ids that {@code id / SIZE} numbers. */
  public static IdBlock numbered(long number) {
    return new IdBlock(number * SIZE, number * SIZE + SIZE - 1);
  }

  /** The block {@link #text()} wrote. */
  public static IdBlock of(String text) {
    int dash = text.indexOf('-');
    return new IdBlock(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
  }

  /** The block as a process variable holds it: {@code first-last}. */
  public String text() {
    return first + "-" + last;
  }
}
