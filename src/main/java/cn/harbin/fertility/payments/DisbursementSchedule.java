package cn.harbin.fertility.payments;

import cn.harbin.fertility.policy.PaymentMonths;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * When the monthly disbursement starts by itself, {@code harbin.payments.disbursement-cron} (a Camunda/Quartz cron
 * expression, by default 02:00 on the 1st of each month; the timer start event reads it when it is scheduled), and
 * for which schemes, {@code harbin.payments.schemes} (by default every payable scheme): one run, with its own batch
 * and approval, per scheme. A scheme paid once a year (the national childcare subsidy) is among them in its payment
 * month ({@link PaymentMonths}), and in another month only while something due by its last payment month is still
 * owed (a failed bank row, a refused batch, a grant after that run): that run pays up to that month, not beyond.
 */
@Component("disbursementSchedule")
public class DisbursementSchedule {

  /** Whether a scheme owes anything due by a month: for a yearly scheme's catch-up run. */
  @FunctionalInterface
  interface OwedUpTo {

    boolean owes(String scheme, YearMonth upTo);
  }

  private final String cron;
  private final List<String> schemes;
  private final PolicyParameterSource parameters;
  private final OwedUpTo owed;
  private final Clock clock;

  @Autowired
  public DisbursementSchedule(@Value("${harbin.payments.disbursement-cron:0 0 2 1 * ?}") String cron,
      @Value("${harbin.payments.schemes:}") List<String> schemes,
      // The engine reads the cron while it starts; the parameters, kept by the engine, are read only when runs start.
      @Lazy PolicyParameterSource parameters, @Lazy Disbursements disbursements, Clock clock) {
    this(cron, schemes, parameters, disbursements::owesUpTo, clock);
  }

  DisbursementSchedule(String cron, List<String> schemes, PolicyParameterSource parameters, OwedUpTo owed,
      Clock clock) {
    this.cron = cron;
    this.schemes = schemes.isEmpty() ? Disbursements.PAYABLE_SCHEMES : List.copyOf(schemes);
    this.parameters = parameters;
    this.owed = owed;
    this.clock = clock;
  }

  /**
   * The schemes this month's run pays: those paid this month, then the catch-ups. The engine reads this list again for
   * each instance of its multi-instance, and only the catch-ups depend on data: a payment recorded meanwhile may add or
   * drop one, but never move a scheme paid this month.
   */
  public List<String> getSchemes() {
    LocalDate today = LocalDate.now(clock);
    PaymentMonths paymentMonths = new PaymentMonths(parameters);
    List<String> paidThisMonth = schemes.stream().filter(scheme -> paymentMonths.paidIn(scheme, today)).toList();
    Stream<String> catchUps = schemes.stream().filter(scheme -> !paidThisMonth.contains(scheme)
        && paymentMonths.lastPaymentMonth(scheme, today).map(month -> owed.owes(scheme, month)).orElse(false));
    return Stream.concat(paidThisMonth.stream(), catchUps).toList();
  }

  /**
   * The month a scheme's run of this month pays up to (the {@code period} of its run): none, for the current month,
   * but for a yearly scheme's catch-up outside its payment month, which pays up to its last payment month.
   */
  public String periodOf(String scheme) {
    LocalDate today = LocalDate.now(clock);
    PaymentMonths paymentMonths = new PaymentMonths(parameters);
    return paymentMonths.paidIn(scheme, today) ? null
        : paymentMonths.lastPaymentMonth(scheme, today).map(YearMonth::toString).orElse(null);
  }

  public String getCron() {
    return cron;
  }
}
