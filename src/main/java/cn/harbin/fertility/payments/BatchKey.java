package cn.harbin.fertility.payments;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A disbursement run's business key, {@code PAY-<batch id>}. The steps after collection take the batch from the key,
 * which no task completion can change, rather than from a process variable.
 */
final class BatchKey {

  private static final String PREFIX = "PAY-";

  private BatchKey() {}

  static String of(long batchId) {
    return PREFIX + batchId;
  }

  static long batchIdOf(DelegateExecution execution) {
    return Long.parseLong(execution.getProcessBusinessKey().substring(PREFIX.length()));
  }
}
