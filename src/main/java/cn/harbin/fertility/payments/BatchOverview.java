package cn.harbin.fertility.payments;

/** A batch as finance reads it in Tasklist: Markdown that the task forms show, one row per division at most. */
final class BatchOverview {

  private BatchOverview() {}

  static String divisionTotals(Disbursements.Summary batch) {
    StringBuilder table = new StringBuilder("| 区县 | 笔数 | 金额（元） |\n|---|---:|---:|\n");
    batch.divisions().forEach((division, total) -> table.append("| ").append(division.nameZh()).append(" | ")
        .append(total.payments()).append(" | ").append(total.amount().toPlainString()).append(" |\n"));
    table.append("| **合计** | **").append(batch.paymentCount()).append("** | **")
        .append(batch.total().toPlainString()).append("** |\n");
    return table.toString();
  }
}
