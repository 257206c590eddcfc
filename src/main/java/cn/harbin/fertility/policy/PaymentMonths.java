package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Which schemes a month's disbursement run pays. A scheme with a {@code paymentMonth} parameter is paid once a year,
 * by the run of that month: the national childcare subsidy ("至少每年发放一次", 育儿补贴制度 2025), January as
 * seeded. Every other scheme is paid by every month's run.
 */
public final class PaymentMonths {

  static final String PAYMENT_MONTH = "paymentMonth";

  private final PolicyParameterSource source;

  public PaymentMonths(PolicyParameterSource source) {
    this.source = source;
  }

  public boolean paidIn(String scheme, LocalDate runDay) {
    return paymentMonth(scheme, runDay).map(month -> month == runDay.getMonthValue()).orElse(true);
  }

  /**
   * The latest month up to the run's whose run pays a scheme paid once a year; none for a scheme every run pays. What
   * fell due by then and is still owed (a failed bank row, a refused batch, a grant after that run) is owed now, as
   * the scheme is paid "at least yearly", not "at most" (育儿补贴制度 2025; §3.3.2's nursery subsidy, paid yearly, is
   * that year's payment, late).
   */
  public Optional<YearMonth> lastPaymentMonth(String scheme, LocalDate runDay) {
    YearMonth run = YearMonth.from(runDay);
    return paymentMonth(scheme, runDay).map(month -> {
      YearMonth thisYears = YearMonth.of(run.getYear(), month);
      return thisYears.isAfter(run) ? thisYears.minusYears(1) : thisYears;
    });
  }

  private Optional<Integer> paymentMonth(String scheme, LocalDate runDay) {
    DatedParameter<String> paymentMonth = source.parametersOf(scheme).get(PAYMENT_MONTH);
    return paymentMonth == null ? Optional.empty() : ParameterValues.number(paymentMonth).valueOn(runDay);
  }
}
