package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every street office may start a special-family case from Tasklist. */
@Component
public class SpecialFamilyAccess {

  private final AuthorizationGrants grants;

  public SpecialFamilyAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    for (HarbinDivision division : HarbinDivision.values()) {
      grants.grantStartIfMissing(BureauDirectory.street(division), SpecialFamilyIntake.PROCESS_KEY);
    }
  }
}
