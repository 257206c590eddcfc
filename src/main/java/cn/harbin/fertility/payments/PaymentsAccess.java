package cn.harbin.fertility.payments;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
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
    grants.grantStartIfMissing(BureauDirectory.FINANCE, DISBURSEMENT_PROCESS);
  }
}
