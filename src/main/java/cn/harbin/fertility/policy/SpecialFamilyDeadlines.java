package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deadlines of a special-family case in days (§3.5.2 "具体办法按照相关要求执行": the plan sets none; the operator
 * does): street review, public notice, objection investigation, district approval, each support service, material,
 * and the yearly requalification.
 */
public record SpecialFamilyDeadlines(Map<String, DatedParameter<Integer>> days) {

  public static final String SCHEME = "special-family-assistance";
  static final String[] NAMES = {"streetReviewDueDays", "publicNoticeDays", "objectionDueDays",
      "districtApprovalDueDays", "serviceDueDays", "materialDueDays", "requalificationDueDays"};

  public static SpecialFamilyDeadlines from(PolicyParameterSource source) {
    Map<String, DatedParameter<String>> parameters = source.parametersOf(SCHEME);
    Map<String, DatedParameter<Integer>> days = new LinkedHashMap<>();
    for (String name : NAMES) {
      days.put(name, ParameterValues.number(ParameterValues.require(parameters, SCHEME, name)));
    }
    return new SpecialFamilyDeadlines(days);
  }

  /** Every deadline in force on the day, by its name: the process variables its timers and due dates read. */
  public Map<String, Object> on(LocalDate day) {
    Map<String, Object> inForce = new LinkedHashMap<>();
    days.forEach((name, parameter) -> inForce.put(name, parameter.requireValueOn(day)));
    return inForce;
  }
}
