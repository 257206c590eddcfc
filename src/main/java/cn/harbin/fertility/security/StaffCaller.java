package cn.harbin.fertility.security;

import cn.harbin.fertility.bureaus.BureauDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** A staff member calling the engine's API, as the engine knows them: their user id and bureau groups. */
record StaffCaller(String userId, List<String> groupIds) {

  private static final Pattern NAMED_ENGINE = Pattern.compile("/engine-rest/engine/([^/]+)");
  /** How engine REST finds its engines (a service-loader lookup): looked up once, not on every call. */
  private static final ProcessEngineProvider ENGINES = EngineUtil.getProcessEngineProvider();

  boolean isAdministrator() {
    return groupIds.contains(Groups.CAMUNDA_ADMIN);
  }

  boolean isSupervisor() {
    return groupIds.contains(BureauDirectory.SUPERVISORS);
  }

  /**
   * Who calls: on {@code /engine-rest} the HTTP Basic user that the engine's authentication filter has just
   * verified, as the engine that serves the call knows them; on the webapps' API ({@code /camunda/api}) the user
   * of the webapp session. Empty for an anonymous call, which the engine's and the webapps' own filters answer. The
   * path is read decoded, as {@link StaffApiGuard} reads it.
   */
  static Optional<StaffCaller> of(HttpServletRequest request) {
    String path = RequestPaths.decodedWithinApplication(request);
    if (path.startsWith("/engine-rest/")) {
      Matcher named = NAMED_ENGINE.matcher(path);
      ProcessEngine engine = named.lookingAt() ? ENGINES.getProcessEngine(named.group(1))
          : ENGINES.getDefaultProcessEngine();
      Authentication basic = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
      return Optional.ofNullable(basic).map(user -> new StaffCaller(user.getUserId(),
          user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return Optional.ofNullable(authentications)
        .flatMap(all -> all.getAuthentications().stream().findFirst())
        .map(user -> new StaffCaller(user.getName(), groupsOf(user)));
  }

  private static List<String> groupsOf(UserAuthentication user) {
    return user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
  }
}
