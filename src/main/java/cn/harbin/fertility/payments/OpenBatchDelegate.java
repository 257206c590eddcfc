package cn.harbin.fertility.payments;

import java.time.Clock;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenBatch: a new batch for {@code scheme} (chosen by finance, or passed by the monthly schedule) up to the
 * month {@code period} (YYYY-MM; the current month when finance leaves it empty or a timer started the run). A wrong
 * scheme or month is refused to whoever started the run, before anything is collected.
 */
@Component("openBatch")
public class OpenBatchDelegate implements JavaDelegate {

  private final Disbursements disbursements;
  private final Clock clock;

  public OpenBatchDelegate(Disbursements disbursements, Clock clock) {
    this.disbursements = disbursements;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object requested = execution.getVariable("period");
    YearMonth period = DisbursementMonth.of(requested == null ? null : requested.toString(), clock);
    long batchId = disbursements.open((String) execution.getVariable("scheme"), period);
    execution.setProcessBusinessKey(BatchKey.of(batchId));
    execution.setVariable("batchId", batchId);
    execution.setVariable("period", period.toString());
  }
}
