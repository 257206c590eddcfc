package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one scheme of the birth bundle gives a family: granted for months or once, referred to a bureau by a due date,
 * information only, or not applicable with the reason. Chinese first, for the caseworker's task and the notice.
 *
 * @param scheme the scheme's key ({@code national-childcare-subsidy}, {@code home-purchase-subsidy} …)
 * @param clause the clause of the plan (or the national notice) it rests on
 * @param result what the rules decided
 * @param explanationZh why, or what the family gets, in Chinese
 * @param explanationEn the same in English
 * @param months the months payable, for a monthly scheme
 * @param amount the one-off amount, or the monthly figure for information
 * @param dueDate the day a referred bureau must have acted by
 */
public record SchemeOutcome(String scheme, String clause, Result result, String explanationZh, String explanationEn,
    List<MonthlyPayment> months, Optional<BigDecimal> amount, Optional<LocalDate> dueDate) {

  /** The decision of the rules on one scheme. */
  public enum Result {
    /** The family qualifies; the scheme's bureau handles it. */
    APPLIES,
    /** Information for the family; no bureau acts in this system. */
    INFORMATION,
    /** The family does not qualify, for the reason given. */
    NOT_APPLICABLE
  }

  static SchemeOutcome notApplicable(String scheme, Ineligibility reason) {
    return new SchemeOutcome(scheme, reason.clause(), Result.NOT_APPLICABLE, reason.messageZh(), reason.messageEn(),
        List.of(), Optional.empty(), Optional.empty());
  }

  public boolean applies() {
    return result == Result.APPLIES;
  }

  /** The total of the months payable. */
  public BigDecimal monthsTotal() {
    return months.stream().map(MonthlyPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
