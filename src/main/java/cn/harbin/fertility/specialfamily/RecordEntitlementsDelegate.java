package cn.harbin.fertility.specialfamily;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordEntitlements: every benefit of every scheme the family qualifies for, per parent. */
@Component("specialFamilyRecordEntitlements")
public class RecordEntitlementsDelegate implements JavaDelegate {

  private final SpecialFamilyGrants grants;

  public RecordEntitlementsDelegate(SpecialFamilyGrants grants) {
    this.grants = grants;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("entitlementSummary", grants.grant((String) execution.getVariable("applicationNumber")));
  }
}
