package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the childcare subsidy (育儿补贴, §3.4.2a). A birth order is covered exactly when a monthly
 * amount is set for it, so that the city can extend the scheme without a code change.
 *
 * @param monthlyAmountByBirthOrder CNY per child per month: order 2 → 500, order 3 → 1,000 from 2022-11-29
 * @param schemeStart the first day the scheme pays for (default 2022-11-29, the date of the plan)
 * @param ageLimitYears the subsidy runs until the child is this old (直至子女3周岁)
 * @param reviewDueDays days the district health bureau has for its review
 * @param registryVerificationDueDays days the public security bureau has to verify a registry mismatch
 * @param materialDueDays days the applicant has to supply missing material
 */
public record ChildcareSubsidyParameters(
    Map<Integer, DatedParameter<BigDecimal>> monthlyAmountByBirthOrder,
    DatedParameter<LocalDate> schemeStart,
    DatedParameter<Integer> ageLimitYears,
    DatedParameter<Integer> reviewDueDays,
    DatedParameter<Integer> registryVerificationDueDays,
    DatedParameter<Integer> materialDueDays) {

  public static final String SCHEME = "childcare-subsidy";
  static final String MONTHLY_AMOUNT_PREFIX = "monthlyAmount.birthOrder";

  /** The rate that prices each month of a child of this birth order ({@link DatedRates}). */
  public static String monthlyAmountRate(int birthOrder) {
    return DatedRates.rate(SCHEME, MONTHLY_AMOUNT_PREFIX + birthOrder);
  }

  public static ChildcareSubsidyParameters from(PolicyParameterSource source) {
    Map<String, DatedParameter<String>> parameters = source.parametersOf(SCHEME);
    Map<Integer, DatedParameter<BigDecimal>> amounts = new TreeMap<>();
    parameters.forEach((name, parameter) -> {
      if (name.startsWith(MONTHLY_AMOUNT_PREFIX)) {
        amounts.put(Integer.valueOf(name.substring(MONTHLY_AMOUNT_PREFIX.length())), ParameterValues.money(parameter));
      }
    });
    return new ChildcareSubsidyParameters(amounts,
        ParameterValues.date(ParameterValues.require(parameters, SCHEME, "schemeStart")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "ageLimitYears")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "reviewDueDays")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "registryVerificationDueDays")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "materialDueDays")));
  }
}
