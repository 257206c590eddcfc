package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.StartupSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every district health bureau may start a childcare subsidy case from Tasklist. */
@Component
@Order(10)
public class ChildcareSubsidyAccess implements StartupSetup {

  private final AuthorizationGrants grants;

  public ChildcareSubsidyAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @Override
  public void createMissing() {
    for (HarbinDivision division : HarbinDivision.values()) {
      grants.grantStartIfMissing(BureauDirectory.districtHealth(division), ChildcareSubsidyIntake.PROCESS_KEY);
    }
  }
}
