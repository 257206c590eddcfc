package cn.harbin.fertility.marriagebirth;

import cn.harbin.fertility.bureaus.AuthorizationGrants;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.StartupSetup;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Counter intake: the marriage registry (civil affairs) starts one-stop cases from Tasklist. */
@Component
@Order(10)
public class MarriageBirthAccess implements StartupSetup {

  private final AuthorizationGrants grants;

  public MarriageBirthAccess(AuthorizationGrants grants) {
    this.grants = grants;
  }

  @Override
  public void createMissing() {
    grants.grantStartIfMissing(BureauDirectory.CIVIL_AFFAIRS, MarriageBirthIntake.PROCESS_KEY);
  }
}
