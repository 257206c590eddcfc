package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.StartupSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every street office may start a special-family case from Tasklist. */
@Component
@Order(10)
public class SpecialFamilyAccess implements StartupSetup {

  private final AuthorizationGrants grants;

  public SpecialFamilyAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @Override
  public void createMissing() {
    for (HarbinDivision division : HarbinDivision.values()) {
      grants.grantStartIfMissing(BureauDirectory.street(division), SpecialFamilyIntake.PROCESS_KEY);
    }
  }
}
