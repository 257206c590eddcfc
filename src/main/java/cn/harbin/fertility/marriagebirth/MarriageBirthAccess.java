package cn.harbin.fertility.marriagebirth;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: the marriage registry (civil affairs) starts one-stop cases from Tasklist. */
@Component
public class MarriageBirthAccess {

  private final AuthorizationGrants grants;

  public MarriageBirthAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void grantCounterIntake() {
    grants.grantStartIfMissing(BureauDirectory.CIVIL_AFFAIRS, MarriageBirthIntake.PROCESS_KEY);
  }
}
