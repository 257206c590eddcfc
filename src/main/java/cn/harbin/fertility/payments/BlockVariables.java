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
    Object number = execution.getVariableLocal(elementVariable);
    if (number == null) {
      throw new IllegalStateException(
          "No " + elementVariable + " in this instance of " + execution.getCurrentActivityId());
    }
    return IdBlock.numbered(((Number) number).longValue());
  }
}
