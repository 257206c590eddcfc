package cn.harbin.fertility.payments;

import cn.harbin.fertility.policy.DisbursementParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CollectDueAmounts (a job of its own): everything due goes into the run's batch. Only totals go into variables:
 * the payments themselves stay in the tables, however many there are.
 */
@Component("collectDueAmounts")
public class CollectDueAmountsDelegate implements JavaDelegate {

  private final Disbursements disbursements;
  private final PolicyParameterSource parameters;
  private final Clock clock;

  public CollectDueAmountsDelegate(Disbursements disbursements, PolicyParameterSource parameters, Clock clock) {
    this.disbursements = disbursements;
    this.parameters = parameters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Disbursements.Summary batch = disbursements.collectDue(BatchKey.batchIdOf(execution));
    DisbursementParameters deadlines = DisbursementParameters.from(parameters);
    LocalDate today = LocalDate.now(clock);
    execution.setVariable("paymentCount", batch.paymentCount());
    execution.setVariable("batchTotal", batch.total().toPlainString());
    execution.setVariable("divisionTotals", BatchOverview.divisionTotals(batch));
    execution.setVariable("approvalDueDays", deadlines.approvalDueDays().requireValueOn(today));
    execution.setVariable("bankResultDueDays", deadlines.bankResultDueDays().requireValueOn(today));
  }
}
