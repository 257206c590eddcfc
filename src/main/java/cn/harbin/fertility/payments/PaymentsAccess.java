package cn.harbin.fertility.payments;

import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The finance bureau may start a disbursement run from Tasklist. */
@Component
public class PaymentsAccess {

  static final String DISBURSEMENT_PROCESS = "childcare-subsidy-disbursement";

  private final AuthorizationGrants grants;

  public PaymentsAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantFinance() {
    grants.grantGroupIfMissing(BureauDirectory.FINANCE, PROCESS_DEFINITION, DISBURSEMENT_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grants.grantGroupIfMissing(BureauDirectory.FINANCE, PROCESS_INSTANCE, AuthorizationGrants.ANY,
        ProcessInstancePermissions.CREATE);
  }
}
