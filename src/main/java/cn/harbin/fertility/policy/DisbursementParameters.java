package cn.harbin.fertility.policy;

import java.util.Map;

/**
 * Deadlines of a disbursement run, for every scheme it pays (§3.4.2a "具体补贴办法按照相关要求执行": the plan sets
 * none; the operator does).
 *
 * @param approvalDueDays days the finance bureau has to approve a batch
 * @param bankResultDueDays days the finance bureau has to record the bank's result
 */
public record DisbursementParameters(DatedParameter<Integer> approvalDueDays, DatedParameter<Integer> bankResultDueDays) {

  public static final String SCHEME = "disbursement";

  public static DisbursementParameters from(PolicyParameterSource source) {
    Map<String, DatedParameter<String>> parameters = source.parametersOf(SCHEME);
    return new DisbursementParameters(
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "approvalDueDays")),
        ParameterValues.number(ParameterValues.require(parameters, SCHEME, "bankResultDueDays")));
  }
}
