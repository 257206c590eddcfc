package cn.harbin.fertility.payments;

import java.util.Map;
import java.util.stream.Collectors;

/** A batch as finance reads it in Tasklist: Markdown that the task forms show. Accounts masked in lists. */
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

  static String paymentList(Disbursements.Batch batch) {
    StringBuilder table = new StringBuilder("| 付款编号 | 收款人 | 账号 | 金额（元） | 所属期 |\n|---:|---|---|---:|---|\n");
    for (Disbursements.Payment payment : batch.payments()) {
      table.append("| ").append(payment.id()).append(" | ").append(payment.payeeName()).append(" | ")
          .append(masked(payment.bankAccount())).append(" | ").append(payment.amount().toPlainString()).append(" | ")
          .append(payment.firstPeriod()).append("~").append(payment.lastPeriod()).append(" |\n");
    }
    return table.toString();
  }

  static String masked(String account) {
    return account.length() <= 8 ? account : account.substring(0, 4) + "****" + account.substring(account.length() - 4);
  }

}
