package cn.harbin.fertility.payments;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the monthly disbursement starts by itself, {@code harbin.payments.disbursement-cron} (a Camunda/Quartz cron
 * expression, by default 02:00 on the 1st of each month; the timer start event reads it when it is scheduled), and
 * for which schemes, {@code harbin.payments.schemes} (by default every payable scheme): one run, with its own batch
 * and approval, per scheme.
 */
@Component("disbursementSchedule")
public class DisbursementSchedule {

  private final String cron;
  private final List<String> schemes;

  public DisbursementSchedule(@Value("${harbin.payments.disbursement-cron:0 0 2 1 * ?}") String cron,
      @Value("${harbin.payments.schemes:}") List<String> schemes) {
    this.cron = cron;
    this.schemes = schemes.isEmpty() ? Disbursements.PAYABLE_SCHEMES : List.copyOf(schemes);
  }

  public List<String> getSchemes() {
    return schemes;
  }

  public String getCron() {
    return cron;
  }
}
