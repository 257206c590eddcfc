package cn.harbin.fertility.payments;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.StartupSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The finance bureau may start a disbursement run from Tasklist. */
@Component
@Order(10)
public class PaymentsAccess implements StartupSetup {

  static final String DISBURSEMENT_PROCESS = "childcare-subsidy-disbursement";

  private final AuthorizationGrants grants;

  public PaymentsAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @Override
  public void createMissing() {
    grants.grantStartIfMissing(BureauDirectory.FINANCE, DISBURSEMENT_PROCESS);
  }
}
