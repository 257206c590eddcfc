package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.StartupSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every district health bureau may start an application after a birth from Tasklist. */
@Component
@Order(10)
public class BirthOneThingAccess implements StartupSetup {

  private final AuthorizationGrants grants;

  public BirthOneThingAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @Override
  public void createMissing() {
    for (HarbinDivision division : HarbinDivision.values()) {
      grants.grantStartIfMissing(BureauDirectory.districtHealth(division), BirthOneThingIntake.PROCESS_KEY);
    }
  }
}
