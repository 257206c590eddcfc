package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Policy parameters for rule tests, seeded like processes/policy-parameters.dmn. */
public class InMemoryPolicyParameters implements PolicyParameterSource {

  private final Map<String, Map<String, TreeMap<LocalDate, String>>> values = new HashMap<>();

  public static InMemoryPolicyParameters seeded() {
    LocalDate plan = LocalDate.of(2022, 11, 29);
    return new InMemoryPolicyParameters()
        .with(ChildcareSubsidyParameters.SCHEME, "schemeStart", plan, "2022-11-29")
        .with(ChildcareSubsidyParameters.SCHEME, "ageLimitYears", plan, "3")
        .with(ChildcareSubsidyParameters.SCHEME, "monthlyAmount.birthOrder2", plan, "500")
        .with(ChildcareSubsidyParameters.SCHEME, "monthlyAmount.birthOrder3", plan, "1000")
        .with(ChildcareSubsidyParameters.SCHEME, "reviewDueDays", plan, "15")
        .with(ChildcareSubsidyParameters.SCHEME, "registryVerificationDueDays", plan, "15")
        .with(ChildcareSubsidyParameters.SCHEME, "materialDueDays", plan, "30")
        .with(SpecialFamilyParameters.SPECIAL_ASSISTANCE, "monthlyAmount.lost.urban", LocalDate.of(2014, 1, 1), "340")
        .with(SpecialFamilyParameters.SPECIAL_ASSISTANCE, "monthlyAmount.lost.rural", LocalDate.of(2014, 1, 1), "170")
        .with(SpecialFamilyParameters.SPECIAL_ASSISTANCE, "monthlyAmount.disabled.urban", LocalDate.of(2014, 1, 1), "270")
        .with(SpecialFamilyParameters.SPECIAL_ASSISTANCE, "monthlyAmount.disabled.rural", LocalDate.of(2014, 1, 1), "150")
        .with(SpecialFamilyParameters.SPECIAL_ASSISTANCE, "motherMinimumAge", LocalDate.of(2014, 1, 1), "49")
        .with(SpecialFamilyParameters.SPECIAL_ASSISTANCE, "maximumDisabilityGrade", LocalDate.of(2014, 1, 1), "3")
        .with(SpecialFamilyParameters.REWARD_ASSISTANCE, "yearlyAmount", LocalDate.of(2006, 1, 1), "600")
        .with(SpecialFamilyParameters.REWARD_ASSISTANCE, "parentMinimumAge", LocalDate.of(2006, 1, 1), "60")
        .with(SpecialFamilyParameters.REWARD_ASSISTANCE, "onlyChildBornBefore", LocalDate.of(2006, 1, 1), "2016-01-01")
        .with(SpecialFamilyParameters.NURSING_SUBSIDY, "parentMinimumAge", plan, "60")
        .with(MarriageBirthRules.SCHEME, "minimumAgeMale", LocalDate.of(2021, 1, 1), "22")
        .with(MarriageBirthRules.SCHEME, "minimumAgeFemale", LocalDate.of(2021, 1, 1), "20")
        .with(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "schemeStart", LocalDate.of(2025, 1, 1), "2025-01-01")
        .with(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "monthlyAmount", LocalDate.of(2025, 1, 1), "300")
        .with(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "ageLimitYears", LocalDate.of(2025, 1, 1), "3")
        .with(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "withCitySubsidy", LocalDate.of(2025, 1, 1), "true")
        .with(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "firstReviewWorkingDays", LocalDate.of(2025, 1, 1), "30")
        .with(NurserySubsidyParameters.SCHEME, "monthlyRate", plan, "200")
        .with(NurserySubsidyParameters.SCHEME, "ageLimitYears", plan, "3")
        .with(NurserySubsidyParameters.SCHEME, "paymentMonth", plan, "1")
        .with(NurserySubsidyParameters.SCHEME, "reportDueDay", plan, "10")
        .with(NurserySubsidyParameters.SCHEME, "reportLastDay", plan, "25")
        .with(NurserySubsidyParameters.SCHEME, "recognitionReviewDueWorkingDays", plan, "20")
        .with(NurserySubsidyParameters.SCHEME, "reportReviewDueWorkingDays", plan, "10")
        .with(BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, "amount.birthOrder2", LocalDate.of(2022, 11, 29), "15000")
        .with(BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, "amount.birthOrder3", LocalDate.of(2022, 11, 29), "20000")
        .with(BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, "urbanDistricts", LocalDate.of(2022, 11, 29), "230102,230103,230104,230108,230109,230110,230111,230112,230113")
        .with(BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, "contractFrom", LocalDate.of(2022, 11, 29), "2022-11-29")
        .with(BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, "contractYearsAfterBirth", LocalDate.of(2022, 11, 29), "3")
        .with(BirthSchemeParameters.NEWBORN_INSURANCE, "enrolmentDays", LocalDate.of(2022, 11, 29), "90")
        .with(BirthSchemeParameters.NEWBORN_INSURANCE, "reminderDay", LocalDate.of(2022, 11, 29), "60")
        .with(BirthSchemeParameters.PROVIDENT_FUND_LOAN, "contributionMonths", LocalDate.of(2022, 11, 29), "6")
        .with(BirthSchemeParameters.PROVIDENT_FUND_LOAN, "minimumBirthOrder", LocalDate.of(2022, 11, 29), "2")
        .with(BirthSchemeParameters.PUBLIC_RENTAL_HOUSING, "minimumBirthOrder", LocalDate.of(2022, 11, 29), "2")
        .with(BirthSchemeParameters.INCOME_TAX_DEDUCTION, "monthlyDeduction", LocalDate.of(2022, 1, 1), "1000")
        .with(BirthSchemeParameters.INCOME_TAX_DEDUCTION, "monthlyDeduction", LocalDate.of(2023, 1, 1), "2000")
        .with(BirthSchemeParameters.INCOME_TAX_DEDUCTION, "ageLimitYears", LocalDate.of(2022, 1, 1), "3")
        .with(BirthSchemeParameters.BIRTH_ONE_THING, "bureauDueWorkingDays", LocalDate.of(2022, 11, 29), "20")
        .with(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "paymentMonth", LocalDate.of(2025, 1, 1), "1");
  }

  public InMemoryPolicyParameters with(String scheme, String name, LocalDate effectiveFrom, String value) {
    values.computeIfAbsent(scheme, s -> new HashMap<>()).computeIfAbsent(name, n -> new TreeMap<>())
        .put(effectiveFrom, value);
    return this;
  }

  @Override
  public Map<String, DatedParameter<String>> parametersOf(String scheme) {
    Map<String, DatedParameter<String>> parameters = new HashMap<>();
    values.getOrDefault(scheme, Map.of()).forEach((name, dated) ->
        parameters.put(name, new DatedParameter<>(name, "§test", dated)));
    return parameters;
  }
}
