package cn.harbin.fertility.support;

import cn.harbin.fertility.common.Sequences;
import cn.harbin.fertility.payments.IdBlock;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Moves a sequence on, never back, so that the rows it numbers next straddle two blocks of ids. */
public final class BlockBoundary {

  private BlockBoundary() {}

  /** The sequence's next value becomes {@code before} below the start of a block. */
  public static void approach(JdbcClient jdbc, Sequences sequences, String sequence, int before) {
    long boundary = (sequences.next(sequence) / IdBlock.SIZE + 1) * IdBlock.SIZE;
    jdbc.sql("ALTER SEQUENCE " + sequence + " RESTART WITH " + (boundary - before)).update();
  }
}
