package cn.harbin.fertility.policy;

import java.time.LocalDate;

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
    DatedParameter<String> paymentMonth = source.parametersOf(scheme).get(PAYMENT_MONTH);
    return paymentMonth == null || ParameterValues.number(paymentMonth).valueOn(runDay)
        .map(month -> month == runDay.getMonthValue()).orElse(true);
  }
}
