package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.SetupTransaction;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every street office may start a special-family case from Tasklist. */
@Component
public class SpecialFamilyAccess {

  private final AuthorizationGrants grants;
  private final SetupTransaction setup;

  public SpecialFamilyAccess(AuthorizationGrants grants, SetupTransaction setup) {
    this.grants = grants;
    this.setup = setup;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    setup.run("special families counter intake", () -> {
      for (HarbinDivision division : HarbinDivision.values()) {
        grants.grantStartIfMissing(BureauDirectory.street(division), SpecialFamilyIntake.PROCESS_KEY);
      }
    });
  }
}
