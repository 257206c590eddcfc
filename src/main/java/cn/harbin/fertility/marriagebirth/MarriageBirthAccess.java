package cn.harbin.fertility.marriagebirth;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.SetupTransaction;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: the marriage registry (civil affairs) starts one-stop cases from Tasklist. */
@Component
public class MarriageBirthAccess {

  private final AuthorizationGrants grants;
  private final SetupTransaction setup;

  public MarriageBirthAccess(AuthorizationGrants grants, SetupTransaction setup) {
    this.grants = grants;
    this.setup = setup;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    setup.run("marriage one-stop counter intake",
        () -> grants.grantStartIfMissing(BureauDirectory.CIVIL_AFFAIRS, MarriageBirthIntake.PROCESS_KEY));
  }
}
