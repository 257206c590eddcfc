package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the rules of §3.5 give a family: for each scheme, the amount per parent or why not; for each service it
 * asked for, whether it may have it or why not. {@code appliedParameters} records every figure used, with its clause.
 */
public record SpecialFamilyAssessment(
    List<SchemeOutcome> schemes,
    List<ServiceOutcome> services,
    Map<String, String> appliedParameters) {

  public enum Frequency {
    MONTHLY,
    YEARLY
  }

  /**
   * @param amount CNY per period on the day assessed, or {@code null} while the city has not set its standard
   *     (nursing subsidy)
   * @param rate the dated parameter that prices each period ({@link DatedRates}), so that a later standard applies
   */
  public record Benefit(String parentIdNumber, Frequency frequency, BigDecimal amount, String rate) {

    public boolean awaitingStandard() {
      return amount == null;
    }
  }

  public record SchemeOutcome(String scheme, String clause, List<Benefit> benefits, List<Ineligibility> ineligibilities) {

    public boolean eligible() {
      return ineligibilities.isEmpty();
    }
  }

  /** @param refusal why the family may not have it; {@code null} when it may */
  public record ServiceOutcome(SupportService service, Ineligibility refusal) {

    public boolean eligible() {
      return refusal == null;
    }
  }

  public SchemeOutcome scheme(String scheme) {
    return schemes.stream().filter(outcome -> outcome.scheme().equals(scheme)).findFirst().orElseThrow();
  }

  public boolean anyEligible() {
    return schemes.stream().anyMatch(SchemeOutcome::eligible);
  }
}
