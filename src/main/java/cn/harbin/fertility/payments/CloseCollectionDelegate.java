package cn.harbin.fertility.payments;

import cn.harbin.fertility.policy.DisbursementParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseCollection, once every block is collected: the batch is closed, and its totals and finance's deadlines go
 * into variables. The payments themselves stay in the tables, however many there are.
 */
@Component("closeCollection")
public class CloseCollectionDelegate implements JavaDelegate {

  private final Disbursements disbursements;
  private final PolicyParameterSource parameters;
  private final Clock clock;

  public CloseCollectionDelegate(Disbursements disbursements, PolicyParameterSource parameters, Clock clock) {
    this.disbursements = disbursements;
    this.parameters = parameters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Disbursements.Summary batch = disbursements.closeCollection(BatchKey.batchIdOf(execution));
    DisbursementParameters deadlines = DisbursementParameters.from(parameters);
    LocalDate today = LocalDate.now(clock);
    execution.setVariable("paymentCount", batch.paymentCount());
    execution.setVariable("batchTotal", batch.total().toPlainString());
    execution.setVariable("divisionTotals", BatchOverview.divisionTotals(batch));
    execution.setVariable("approvalDueDays", deadlines.approvalDueDays().requireValueOn(today));
    execution.setVariable("bankResultDueDays", deadlines.bankResultDueDays().requireValueOn(today));
  }
}
