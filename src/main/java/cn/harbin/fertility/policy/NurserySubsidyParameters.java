package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of the inclusive nurseries' operating subsidy (普惠托育运营补贴, §3.3.2), each a dated parameter of
 * {@code processes/policy-parameters.dmn}.
 *
 * @param monthlyRate CNY per enrolled child per month: 200 ("按照每生每月200元的标准")
 * @param ageLimitYears a child counts for a month only while younger than this on its first day: 3
 * @param reportDueDay a month's enrolment report is due by this day of the following month; a nursery without one is
 *     reminded the day after
 * @param reportLastDay after this day of the following month a month not reported is lost
 * @param recognitionReviewDueWorkingDays working days the district health bureau has to decide a recognition
 * @param reportReviewDueWorkingDays working days the district health bureau has to review a month's report
 */
public record NurserySubsidyParameters(
    DatedParameter<BigDecimal> monthlyRate,
    DatedParameter<Integer> ageLimitYears,
    DatedParameter<Integer> reportDueDay,
    DatedParameter<Integer> reportLastDay,
    DatedParameter<Integer> recognitionReviewDueWorkingDays,
    DatedParameter<Integer> reportReviewDueWorkingDays) {

  public static final String SCHEME = "nursery-operating-subsidy";
  public static final String CLAUSE = "§3.3.2";

  public static NurserySubsidyParameters from(PolicyParameterSource source) {
    Map<String, DatedParameter<String>> parameters = source.parametersOf(SCHEME);
    return new NurserySubsidyParameters(
        ParameterValues.money(ParameterValues.require(parameters, SCHEME, "monthlyRate")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "ageLimitYears")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "reportDueDay")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "reportLastDay")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "recognitionReviewDueWorkingDays")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "reportReviewDueWorkingDays")));
  }
}
