package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.common.ApplicationRecord;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the case tells its applicant: the end events' listener
 * {@code ${childcareSubsidyOutcomes.record(execution, 'GRANTED')}} records the outcome with its reason, and
 * Task_NotifyMaterialRequested says what material is missing.
 */
@Component("childcareSubsidyOutcomes")
public class ChildcareSubsidyOutcomes {

  private final ChildcareSubsidyDecisions decisions;

  public ChildcareSubsidyOutcomes(ChildcareSubsidyDecisions decisions) {
    this.decisions = decisions;
  }

  public void record(DelegateExecution execution, String outcome) {
    ApplicationRecord.Status status = ApplicationRecord.Status.valueOf(outcome);
    String reasonZh;
    String reasonEn;
    switch (status) {
      case GRANTED -> {
        reasonZh = "准予发放育儿补贴：" + execution.getVariable("entitlementSummary");
        reasonEn = "Childcare subsidy granted";
      }
      case REJECTED -> {
        reasonZh = (String) execution.getVariable("rejectionReasonZh");
        Object english = execution.getVariable("rejectionReasonEn");
        reasonEn = english != null ? english.toString()
            : "Not approved; the reviewing bureau gave its reason in Chinese: " + reasonZh;
      }
      case CLOSED -> {
        reasonZh = "未在期限内补正材料（" + execution.getVariable("missingMaterial") + "），申请已终止";
        reasonEn = "The requested material was not supplied in time; the application is closed";
      }
      case WITHDRAWN -> {
        reasonZh = "申请人已撤回申请";
        reasonEn = "Withdrawn by the applicant";
      }
      default -> throw new IllegalArgumentException("not an outcome: " + outcome);
    }
    decisions.recordOutcome((String) execution.getVariable("applicationNumber"), status, reasonZh, reasonEn);
  }

  public void materialRequested(DelegateExecution execution) {
    decisions.requestMaterial((String) execution.getVariable("applicationNumber"),
        (String) execution.getVariable("missingMaterial"), ((Number) execution.getVariable("materialDueDays")).intValue());
  }
}
