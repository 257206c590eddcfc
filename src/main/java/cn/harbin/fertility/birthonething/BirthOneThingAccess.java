package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every district health bureau may start an application after a birth from Tasklist. */
@Component
public class BirthOneThingAccess {

  private final AuthorizationGrants grants;

  public BirthOneThingAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    for (HarbinDivision division : HarbinDivision.values()) {
      grants.grantStartIfMissing(BureauDirectory.districtHealth(division), BirthOneThingIntake.PROCESS_KEY);
    }
  }
}
