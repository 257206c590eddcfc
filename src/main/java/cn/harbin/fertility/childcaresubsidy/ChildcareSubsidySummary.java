package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.policy.ChildcareSubsidyAssessment;
import cn.harbin.fertility.policy.MonthlyPayment;
import java.util.stream.Collectors;

/** An entitlement in one line a caseworker and a citizen read. */
final class ChildcareSubsidySummary {

  private ChildcareSubsidySummary() {}

  static String describe(ChildcareSubsidyAssessment assessment) {
    String amounts = assessment.schedule().stream().map(MonthlyPayment::amount).distinct()
        .map(amount -> amount.toPlainString() + "元").collect(Collectors.joining("、"));
    return "每月" + amounts + "，自" + assessment.firstMonth() + "至" + assessment.lastMonth() + "，共"
        + assessment.schedule().size() + "个月，合计" + assessment.total().toPlainString() + "元";
  }
}
