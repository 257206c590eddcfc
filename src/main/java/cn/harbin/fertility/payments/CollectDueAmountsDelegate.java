package cn.harbin.fertility.payments;

import cn.harbin.fertility.policy.DisbursementParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CollectDueAmounts: a batch of everything due for {@code scheme} (chosen by finance, or passed by the monthly
 * schedule) up to the
 * month {@code period} (YYYY-MM; the current month when finance leaves it empty or a timer started the run).
 * Only totals go into variables: the payments themselves stay in the tables, however many there are.
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
    Object period = execution.getVariable("period");
    Disbursements.Batch batch = disbursements.collect((String) execution.getVariable("scheme"),
        DisbursementMonth.of(period == null ? null : period.toString(), clock));
    DisbursementParameters deadlines = DisbursementParameters.from(parameters);
    LocalDate today = LocalDate.now(clock);
    execution.setProcessBusinessKey(BatchKey.of(batch.id()));
    execution.setVariable("batchId", batch.id());
    execution.setVariable("period", batch.period().toString());
    execution.setVariable("paymentCount", batch.payments().size());
    execution.setVariable("batchTotal", batch.total().toPlainString());
    execution.setVariable("divisionTotals", BatchOverview.divisionTotals(batch));
    execution.setVariable("approvalDueDays", deadlines.approvalDueDays().requireValueOn(today));
    execution.setVariable("bankResultDueDays", deadlines.bankResultDueDays().requireValueOn(today));
  }
}
