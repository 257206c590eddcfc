package cn.harbin.fertility.payments;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the engine gives each instance of a disbursement step's multi-instance: the block it is to run. */
final class BlockVariables {

  private BlockVariables() {}

  /** Whether the step runs as an instance of a multi-instance, which the engine counts in {@code nrOfInstances}. */
  static boolean inMultiInstance(DelegateExecution execution) {
    return execution.getVariable("nrOfInstances") != null;
  }

  /** The instance's block, from its element variable: local to the instance, so no task completion can change it. */
  static IdBlock blockOf(DelegateExecution execution, String elementVariable) {
    Object block = execution.getVariableLocal(elementVariable);
    if (block == null) {
      throw new IllegalStateException(
          "No " + elementVariable + " in this instance of " + execution.getCurrentActivityId());
    }
    // A collection started before its blocks were ranges of live entitlements holds block numbers, as settlements do.
    return block instanceof Number number ? IdBlock.numbered(number.longValue()) : IdBlock.of((String) block);
  }
}
