package cn.harbin.fertility.bench;

import java.util.List;

/** The benchmarks' latency percentiles. */
final class Percentiles {

  private Percentiles() {}

  /** The value below which the fraction {@code p} of the sorted values lies (NaN for none). */
  static double of(List<Double> sorted, double p) {
    return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
  }
}
