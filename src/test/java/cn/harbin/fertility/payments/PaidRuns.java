package cn.harbin.fertility.payments;

import java.time.YearMonth;
import java.util.Map;

/** Test support: a scheme's run of a month taken through as finance does when the bank pays every row. */
final class PaidRuns {

  private PaidRuns() {}

  /** Collected, then, if anything was due, approved and confirmed with every row paid. */
  static Disbursements.Batch paid(Disbursements disbursements, String scheme, YearMonth month) {
    Disbursements.Batch batch = disbursements.collect(scheme, month);
    if (batch.status() == Disbursements.BatchStatus.COLLECTED) {
      disbursements.approveForExport(batch.id(), "finance");
      disbursements.confirm(batch.id(), Map.of(), "finance");
    }
    return batch;
  }
}
