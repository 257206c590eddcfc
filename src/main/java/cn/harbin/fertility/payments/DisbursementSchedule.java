package cn.harbin.fertility.payments;

import cn.harbin.fertility.policy.PaymentMonths;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * When the monthly disbursement starts by itself, {@code harbin.payments.disbursement-cron} (a Camunda/Quartz cron
 * expression, by default 02:00 on the 1st of each month; the timer start event reads it when it is scheduled), and
 * for which schemes, {@code harbin.payments.schemes} (by default every payable scheme): one run, with its own batch
 * and approval, per scheme. A scheme paid once a year (the national childcare subsidy) is among them only in its
 * payment month ({@link PaymentMonths}).
 */
@Component("disbursementSchedule")
public class DisbursementSchedule {

  private final String cron;
  private final List<String> schemes;
  private final PolicyParameterSource parameters;
  private final Clock clock;

  public DisbursementSchedule(@Value("${harbin.payments.disbursement-cron:0 0 2 1 * ?}") String cron,
      @Value("${harbin.payments.schemes:}") List<String> schemes,
      // The engine reads the cron while it starts; the parameters, kept by the engine, are read only when runs start.
      @Lazy PolicyParameterSource parameters, Clock clock) {
    this.cron = cron;
    this.schemes = schemes.isEmpty() ? Disbursements.PAYABLE_SCHEMES : List.copyOf(schemes);
    this.parameters = parameters;
    this.clock = clock;
  }

  /** The schemes this month's run pays. */
  public List<String> getSchemes() {
    LocalDate today = LocalDate.now(clock);
    PaymentMonths paymentMonths = new PaymentMonths(parameters);
    return schemes.stream().filter(scheme -> paymentMonths.paidIn(scheme, today)).toList();
  }

  public String getCron() {
    return cron;
  }
}
