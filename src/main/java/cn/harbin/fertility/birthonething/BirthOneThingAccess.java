package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.SetupTransaction;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every district health bureau may start an application after a birth from Tasklist. */
@Component
public class BirthOneThingAccess {

  private final AuthorizationGrants grants;
  private final SetupTransaction setup;

  public BirthOneThingAccess(AuthorizationGrants grants, SetupTransaction setup) {
    this.grants = grants;
    this.setup = setup;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    setup.run("birth bundle counter intake", () -> {
      for (HarbinDivision division : HarbinDivision.values()) {
        grants.grantStartIfMissing(BureauDirectory.districtHealth(division), BirthOneThingIntake.PROCESS_KEY);
      }
    });
  }
}
