package cn.harbin.fertility.payments;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.SetupTransaction;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The finance bureau may start a disbursement run from Tasklist. */
@Component
public class PaymentsAccess {

  static final String DISBURSEMENT_PROCESS = "childcare-subsidy-disbursement";

  private final AuthorizationGrants grants;
  private final SetupTransaction setup;

  public PaymentsAccess(AuthorizationGrants grants, SetupTransaction setup) {
    this.grants = grants;
    this.setup = setup;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantFinance() {
    setup.run("finance disbursement access",
        () -> grants.grantStartIfMissing(BureauDirectory.FINANCE, DISBURSEMENT_PROCESS));
  }
}
