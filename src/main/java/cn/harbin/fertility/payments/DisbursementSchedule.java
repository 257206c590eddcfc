package cn.harbin.fertility.payments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the monthly disbursement starts by itself: {@code harbin.payments.disbursement-cron}, a Camunda (Quartz)
 * cron expression, by default 02:00 on the 1st of each month. The timer start event reads it at deployment.
 */
@Component("disbursementSchedule")
public class DisbursementSchedule {

  private final String cron;

  public DisbursementSchedule(@Value("${harbin.payments.disbursement-cron:0 0 2 1 * ?}") String cron) {
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}
