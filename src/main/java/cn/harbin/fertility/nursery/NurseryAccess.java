package cn.harbin.fertility.nursery;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.StartupSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every district health bureau files its division's nurseries from Tasklist. */
@Component
@Order(10)
public class NurseryAccess implements StartupSetup {

  private final AuthorizationGrants grants;

  public NurseryAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @Override
  public void createMissing() {
    for (HarbinDivision division : HarbinDivision.values()) {
      grants.grantStartIfMissing(BureauDirectory.districtHealth(division), NurseryRecognitionIntake.PROCESS_KEY);
    }
  }
}
