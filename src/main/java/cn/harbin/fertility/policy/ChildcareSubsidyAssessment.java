package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The outcome of the childcare subsidy rules for one claim: eligible with a month-by-month schedule, or
 * not eligible with the reasons. {@code appliedParameters} records every figure the outcome used, with its
 * clause, so that a granted entitlement can show what it was computed with.
 */
public record ChildcareSubsidyAssessment(
    List<Ineligibility> ineligibilities,
    List<MonthlyPayment> schedule,
    Map<String, String> appliedParameters) {

  public boolean eligible() {
    return ineligibilities.isEmpty();
  }

  public YearMonth firstMonth() {
    return schedule.get(0).month();
  }

  public YearMonth lastMonth() {
    return schedule.get(schedule.size() - 1).month();
  }

  public BigDecimal total() {
    return schedule.stream().map(MonthlyPayment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
