package cn.harbin.fertility.childcaresubsidy;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every district health bureau may start a childcare subsidy case from Tasklist. */
@Component
public class ChildcareSubsidyAccess {

  private final AuthorizationGrants grants;

  public ChildcareSubsidyAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    for (HarbinDivision division : HarbinDivision.values()) {
      String group = BureauDirectory.districtHealth(division);
      grants.grantGroupIfMissing(group, PROCESS_DEFINITION, ChildcareSubsidyIntake.PROCESS_KEY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grants.grantGroupIfMissing(group, PROCESS_INSTANCE, AuthorizationGrants.ANY, ProcessInstancePermissions.CREATE);
    }
  }
}
