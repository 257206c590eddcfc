package cn.harbin.fertility.nursery;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.bureaus.SetupTransaction;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: every district health bureau files its division's nurseries from Tasklist. */
@Component
public class NurseryAccess {

  private final AuthorizationGrants grants;
  private final SetupTransaction setup;

  public NurseryAccess(AuthorizationGrants grants, SetupTransaction setup) {
    this.grants = grants;
    this.setup = setup;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    setup.run("nursery counter intake", () -> {
      for (HarbinDivision division : HarbinDivision.values()) {
        grants.grantStartIfMissing(BureauDirectory.districtHealth(division), NurseryRecognitionIntake.PROCESS_KEY);
      }
    });
  }
}
