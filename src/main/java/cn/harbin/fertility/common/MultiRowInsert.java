package cn.harbin.fertility.common;

import java.util.Collections;

/**
 * One INSERT for many rows: one round trip and one statement for the database to run, not one a row. Both databases
 * take the standard {@code VALUES (…), (…)}; keep a statement's placeholders in the low thousands.
 */
public final class MultiRowInsert {

  private MultiRowInsert() {}

  /**
   * @param insertInto {@code INSERT INTO table (columns)}
   * @param row the placeholders of one row, such as {@code (?, ?, 'DUE')}
   */
  public static String of(String insertInto, String row, int rows) {
    return insertInto + " VALUES " + String.join(", ", Collections.nCopies(rows, row));
  }
}
