package cn.harbin.fertility.payments;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months one entitlement owes a collection, read in order with whether a live payment holds each already, cut into
 * the ranges its payment is to hold: runs of consecutive periods (months, or each January of a yearly entitlement).
 * A month already held, or one missing (a nursery's month not accepted yet), ends a run, so that no range ever covers a
 * month it does not pay.
 */
final class OwedMonths {

  record Range(YearMonth first, YearMonth last) {}

  private final Entitlements.Frequency frequency;
  private final List<Range> ranges = new ArrayList<>();
  private BigDecimal amount = BigDecimal.ZERO;
  private YearMonth runFirst;
  private YearMonth runLast;

  OwedMonths(Entitlements.Frequency frequency) {
    this.frequency = frequency;
  }

  void add(YearMonth period, BigDecimal periodAmount, boolean held) {
    boolean continuesRun = runLast != null && period.equals(Entitlements.next(runLast, frequency));
    if (held || !continuesRun) {
      endRun();
    }
    if (!held) {
      runFirst = runFirst == null ? period : runFirst;
      runLast = period;
      amount = amount.add(periodAmount);
    }
  }

  private void endRun() {
    if (runFirst != null) {
      ranges.add(new Range(runFirst, runLast));
      runFirst = null;
      runLast = null;
    }
  }

  /** The ranges of the months owed, in order; none when every month read was held. */
  List<Range> ranges() {
    endRun();
    return ranges;
  }

  BigDecimal amount() {
    return amount;
  }
}
