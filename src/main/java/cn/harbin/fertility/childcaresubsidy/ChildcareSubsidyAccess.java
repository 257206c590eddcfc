package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.SetupTransaction;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every district health bureau may start a childcare subsidy case from Tasklist. */
@Component
public class ChildcareSubsidyAccess {

  private final AuthorizationGrants grants;
  private final SetupTransaction setup;

  public ChildcareSubsidyAccess(AuthorizationGrants grants, SetupTransaction setup) {
    this.grants = grants;
    this.setup = setup;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    setup.run("childcare subsidy counter intake", () -> {
      for (HarbinDivision division : HarbinDivision.values()) {
        grants.grantStartIfMissing(BureauDirectory.districtHealth(division), ChildcareSubsidyIntake.PROCESS_KEY);
      }
    });
  }
}
