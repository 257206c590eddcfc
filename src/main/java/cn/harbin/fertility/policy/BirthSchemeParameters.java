package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the schemes a birth opens besides the city's childcare subsidy, each a dated parameter of
 * {@code processes/policy-parameters.dmn} that cites its clause.
 *
 * @param nationalSchemeStart the first day the national childcare subsidy pays for (2025-01-01)
 * @param nationalMonthlyAmount CNY per child per month: 300 (3,600 a year)
 * @param nationalAgeLimitYears paid until the child is this old: 3
 * @param nationalWithCitySubsidy whether a Harbin 2nd or 3rd child gets the national subsidy besides the city's
 * @param nationalFirstReviewWorkingDays working days the household-registration division has for its first review
 * @param homePurchaseAmountByBirthOrder one-off CNY by birth order: 2 → 15,000, 3 → 20,000
 * @param homePurchaseUrbanDistricts the division codes where the home must be (the nine urban districts)
 * @param homePurchaseContractFrom the first day a purchase contract may be dated
 * @param homePurchaseContractYearsAfterBirth the contract may be dated at most this many years after the birth
 * @param insuranceEnrolmentDays enrolled and paid within this many days of the birth: covered from the birth
 * @param insuranceReminderDay the day after the birth the family is reminded when no enrolment is recorded
 * @param providentFundContributionMonths the continuous contribution a qualifying family needs for a loan
 * @param providentFundMinimumBirthOrder from which birth order the shorter contribution applies
 * @param publicRentalMinimumBirthOrder from which birth order a qualified family joins the priority group
 * @param taxMonthlyDeduction CNY per child under the age limit per month, deducted from taxable income
 * @param taxAgeLimitYears the deduction runs until the child is this old
 * @param bureauDueWorkingDays working days the housing bureau and the provident fund centre have for their tasks
 */
public record BirthSchemeParameters(
    DatedParameter<LocalDate> nationalSchemeStart,
    DatedParameter<BigDecimal> nationalMonthlyAmount,
    DatedParameter<Integer> nationalAgeLimitYears,
    DatedParameter<Boolean> nationalWithCitySubsidy,
    DatedParameter<Integer> nationalFirstReviewWorkingDays,
    Map<Integer, DatedParameter<BigDecimal>> homePurchaseAmountByBirthOrder,
    DatedParameter<List<String>> homePurchaseUrbanDistricts,
    DatedParameter<LocalDate> homePurchaseContractFrom,
    DatedParameter<Integer> homePurchaseContractYearsAfterBirth,
    DatedParameter<Integer> insuranceEnrolmentDays,
    DatedParameter<Integer> insuranceReminderDay,
    DatedParameter<Integer> providentFundContributionMonths,
    DatedParameter<Integer> providentFundMinimumBirthOrder,
    DatedParameter<Integer> publicRentalMinimumBirthOrder,
    DatedParameter<BigDecimal> taxMonthlyDeduction,
    DatedParameter<Integer> taxAgeLimitYears,
    DatedParameter<Integer> bureauDueWorkingDays) {

  public static final String NATIONAL_CHILDCARE_SUBSIDY = "national-childcare-subsidy";
  public static final String HOME_PURCHASE_SUBSIDY = "home-purchase-subsidy";
  public static final String NEWBORN_INSURANCE = "newborn-medical-insurance";
  public static final String PROVIDENT_FUND_LOAN = "provident-fund-loan";
  public static final String PUBLIC_RENTAL_HOUSING = "public-rental-housing";
  public static final String INCOME_TAX_DEDUCTION = "income-tax-deduction";
  public static final String BIRTH_ONE_THING = "birth-one-thing";
  static final String HOME_PURCHASE_AMOUNT_PREFIX = "amount.birthOrder";
  /** The rate that prices each month of the national subsidy ({@link DatedRates}). */
  public static final String NATIONAL_MONTHLY_AMOUNT_RATE = DatedRates.rate(NATIONAL_CHILDCARE_SUBSIDY, "monthlyAmount");

  public static BirthSchemeParameters from(PolicyParameterSource source) {
    Map<String, DatedParameter<String>> national = source.parametersOf(NATIONAL_CHILDCARE_SUBSIDY);
    Map<String, DatedParameter<String>> home = source.parametersOf(HOME_PURCHASE_SUBSIDY);
    Map<String, DatedParameter<String>> insurance = source.parametersOf(NEWBORN_INSURANCE);
    Map<String, DatedParameter<String>> fund = source.parametersOf(PROVIDENT_FUND_LOAN);
    Map<String, DatedParameter<String>> rental = source.parametersOf(PUBLIC_RENTAL_HOUSING);
    Map<String, DatedParameter<String>> tax = source.parametersOf(INCOME_TAX_DEDUCTION);
    Map<String, DatedParameter<String>> bundle = source.parametersOf(BIRTH_ONE_THING);
    Map<Integer, DatedParameter<BigDecimal>> homeAmounts = new TreeMap<>();
    home.forEach((name, parameter) -> {
      if (name.startsWith(HOME_PURCHASE_AMOUNT_PREFIX)) {
        homeAmounts.put(Integer.valueOf(name.substring(HOME_PURCHASE_AMOUNT_PREFIX.length())),
            ParameterValues.money(parameter));
      }
    });
    return new BirthSchemeParameters(
        ParameterValues.date(ParameterValues.require(national, NATIONAL_CHILDCARE_SUBSIDY, "schemeStart")),
        ParameterValues.money(ParameterValues.require(national, NATIONAL_CHILDCARE_SUBSIDY, "monthlyAmount")),
        ParameterValues.number(ParameterValues.require(national, NATIONAL_CHILDCARE_SUBSIDY, "ageLimitYears")),
        ParameterValues.flag(ParameterValues.require(national, NATIONAL_CHILDCARE_SUBSIDY, "withCitySubsidy")),
        ParameterValues.number(ParameterValues.require(national, NATIONAL_CHILDCARE_SUBSIDY,
            "firstReviewWorkingDays")),
        homeAmounts,
        ParameterValues.convert(ParameterValues.require(home, HOME_PURCHASE_SUBSIDY, "urbanDistricts"),
            text -> Arrays.stream(text.split(",")).map(String::strip).toList()),
        ParameterValues.date(ParameterValues.require(home, HOME_PURCHASE_SUBSIDY, "contractFrom")),
        ParameterValues.number(ParameterValues.require(home, HOME_PURCHASE_SUBSIDY, "contractYearsAfterBirth")),
        ParameterValues.number(ParameterValues.require(insurance, NEWBORN_INSURANCE, "enrolmentDays")),
        ParameterValues.number(ParameterValues.require(insurance, NEWBORN_INSURANCE, "reminderDay")),
        ParameterValues.number(ParameterValues.require(fund, PROVIDENT_FUND_LOAN, "contributionMonths")),
        ParameterValues.number(ParameterValues.require(fund, PROVIDENT_FUND_LOAN, "minimumBirthOrder")),
        ParameterValues.number(ParameterValues.require(rental, PUBLIC_RENTAL_HOUSING, "minimumBirthOrder")),
        ParameterValues.money(ParameterValues.require(tax, INCOME_TAX_DEDUCTION, "monthlyDeduction")),
        ParameterValues.number(ParameterValues.require(tax, INCOME_TAX_DEDUCTION, "ageLimitYears")),
        ParameterValues.number(ParameterValues.require(bundle, BIRTH_ONE_THING, "bureauDueWorkingDays")));
  }
}
