package cn.harbin.fertility.payments;

import java.util.Map;
import java.util.stream.Collectors;

/** A batch as finance reads it in Tasklist: Markdown that the task forms show, one row per division at most. */
final class BatchOverview {

  private BatchOverview() {}

  static String divisionTotals(Disbursements.Batch batch) {
    StringBuilder table = new StringBuilder("| 区县 | 笔数 | 金额（元） |\n|---|---:|---:|\n");
    Map<String, Long> counts = batch.payments().stream()
        .collect(Collectors.groupingBy(Disbursements.Payment::divisionCode, Collectors.counting()));
    batch.totalsByDivision().forEach((division, total) -> table.append("| ").append(division.nameZh()).append(" | ")
        .append(counts.get(division.code())).append(" | ").append(total.toPlainString()).append(" |\n"));
    table.append("| **合计** | **").append(batch.payments().size()).append("** | **")
        .append(batch.total().toPlainString()).append("** |\n");
    return table.toString();
  }



}
