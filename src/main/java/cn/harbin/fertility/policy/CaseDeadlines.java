package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadlines of a case type in days, dated parameters like every figure (the plan sets none: "具体办法按照相关要求
 * 执行"; the operator does). Their names are the process variables that the due dates and timers read.
 */
public record CaseDeadlines(Map<String, DatedParameter<Integer>> days) {

  /** §3.5.2: street review, public notice, objection, district approval, services, material, requalification. */
  public static final List<String> SPECIAL_FAMILY = List.of("streetReviewDueDays", "publicNoticeDays",
      "objectionDueDays", "districtApprovalDueDays", "serviceDueDays", "materialDueDays", "requalificationDueDays");

  /** §3.2.3: marriage registration, each chosen service. */
  public static final List<String> MARRIAGE_BIRTH = List.of("registrationDueDays", "serviceDueDays");

  public static CaseDeadlines from(PolicyParameterSource source, String scheme, List<String> names) {
    Map<String, DatedParameter<String>> parameters = source.parametersOf(scheme);
    Map<String, DatedParameter<Integer>> days = new LinkedHashMap<>();
    for (String name : names) {
      days.put(name, ParameterValues.number(ParameterValues.require(parameters, scheme, name)));
    }
    return new CaseDeadlines(days);
  }

  /** Every deadline in force on the day, by its name. */
  public Map<String, Object> on(LocalDate day) {
    Map<String, Object> inForce = new LinkedHashMap<>();
    days.forEach((name, parameter) -> inForce.put(name, parameter.requireValueOn(day)));
    return inForce;
  }
}
