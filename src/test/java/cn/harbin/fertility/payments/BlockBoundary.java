package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.Sequences;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Moves a sequence on, never back, so that the rows it numbers next straddle two blocks of ids. */
final class BlockBoundary {

  private BlockBoundary() {}

  /** The sequence's next value becomes {@code before} below the start of a block that is still ahead of it. */
  static void approach(JdbcClient jdbc, Sequences sequences, String sequence, int before) {
    long boundary = ((sequences.next(sequence) + before) / IdBlock.SIZE + 1) * IdBlock.SIZE;
    jdbc.sql("ALTER SEQUENCE " + sequence + " RESTART WITH " + (boundary - before)).update();
  }
}
