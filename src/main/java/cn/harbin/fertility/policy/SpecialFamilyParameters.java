package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of §3.5 (CLAUSES.md "Figures the text does not give": the plan sets none; the national ones seed
 * them and the operator adds the province's and city's).
 *
 * @param specialAssistanceMonthly 特别扶助 per parent per month, by {@code lost|disabled} and {@code urban|rural}
 * @param motherMinimumAge 特别扶助: the mother is at least this old (49)
 * @param maximumDisabilityGrade 特别扶助: a disability certificate of this grade or more severe (1–3)
 * @param rewardYearly 奖励扶助 per parent per year (600 from 2006)
 * @param rewardParentMinimumAge 奖励扶助 is paid to each parent from this age (60)
 * @param onlyChildBornBefore 奖励扶助: an only child born before this day (the universal two-child policy, 2016-01-01)
 * @param nursingParentMinimumAge nursing subsidy: parents of this age or older (60)
 * @param nursingMonthly nursing subsidy per parent per month: no value until the city sets its standard
 */
public record SpecialFamilyParameters(
    Map<String, DatedParameter<BigDecimal>> specialAssistanceMonthly,
    DatedParameter<Integer> motherMinimumAge,
    DatedParameter<Integer> maximumDisabilityGrade,
    DatedParameter<BigDecimal> rewardYearly,
    DatedParameter<Integer> rewardParentMinimumAge,
    DatedParameter<LocalDate> onlyChildBornBefore,
    DatedParameter<Integer> nursingParentMinimumAge,
    DatedParameter<BigDecimal> nursingMonthly) {

  public static final String SPECIAL_ASSISTANCE = "special-assistance";
  public static final String REWARD_ASSISTANCE = "reward-assistance";
  public static final String NURSING_SUBSIDY = "nursing-subsidy";
  static final String MONTHLY_AMOUNT_PREFIX = "monthlyAmount.";

  public static SpecialFamilyParameters from(PolicyParameterSource source) {
    Map<String, DatedParameter<String>> special = source.parametersOf(SPECIAL_ASSISTANCE);
    Map<String, DatedParameter<String>> reward = source.parametersOf(REWARD_ASSISTANCE);
    Map<String, DatedParameter<String>> nursing = source.parametersOf(NURSING_SUBSIDY);
    Map<String, DatedParameter<BigDecimal>> amounts = new TreeMap<>();
    special.forEach((name, parameter) -> {
      if (name.startsWith(MONTHLY_AMOUNT_PREFIX)) {
        amounts.put(name.substring(MONTHLY_AMOUNT_PREFIX.length()), ParameterValues.money(parameter));
      }
    });
    DatedParameter<String> nursingAmount = nursing.getOrDefault("monthlyAmount",
        new DatedParameter<>("monthlyAmount", "§3.5.2", new TreeMap<>()));
    return new SpecialFamilyParameters(amounts,
        ParameterValues.number(ParameterValues.require(special, SPECIAL_ASSISTANCE, "motherMinimumAge")),
        ParameterValues.number(ParameterValues.require(special, SPECIAL_ASSISTANCE, "maximumDisabilityGrade")),
        ParameterValues.money(ParameterValues.require(reward, REWARD_ASSISTANCE, "yearlyAmount")),
        ParameterValues.number(ParameterValues.require(reward, REWARD_ASSISTANCE, "parentMinimumAge")),
        ParameterValues.date(ParameterValues.require(reward, REWARD_ASSISTANCE, "onlyChildBornBefore")),
        ParameterValues.number(ParameterValues.require(nursing, NURSING_SUBSIDY, "parentMinimumAge")),
        ParameterValues.money(nursingAmount));
  }
}
