package cn.harbin.fertility.payments;

import java.time.Clock;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CollectDueAmounts: a batch of everything due for {@code scheme} (an input parameter of the task) up to the
 * month {@code period} (YYYY-MM; the current month when finance leaves it empty or a timer started the run).
 */
@Component("collectDueAmounts")
public class CollectDueAmountsDelegate implements JavaDelegate {

  private final Disbursements disbursements;
  private final Clock clock;

  public CollectDueAmountsDelegate(Disbursements disbursements, Clock clock) {
    this.disbursements = disbursements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object period = execution.getVariable("period");
    YearMonth upTo = period == null || period.toString().isBlank() ? YearMonth.now(clock) : YearMonthInput.parse(period.toString());
    Disbursements.Batch batch = disbursements.collect((String) execution.getVariable("scheme"), upTo);
    execution.setProcessBusinessKey("PAY-" + batch.id());
    execution.setVariable("batchId", batch.id());
    execution.setVariable("period", upTo.toString());
    execution.setVariable("paymentCount", batch.payments().size());
    execution.setVariable("batchTotal", batch.total().toPlainString());
    execution.setVariable("divisionTotals", BatchOverview.divisionTotals(batch));
    execution.setVariable("paymentList", BatchOverview.paymentList(batch));
  }
}
