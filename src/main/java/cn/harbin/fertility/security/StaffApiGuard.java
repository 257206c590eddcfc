package cn.harbin.fertility.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Lets a staff member who is not an administrator through to the engine's and the webapps' API only on the routes
 * of {@link StaffApiAllowList}, and only when the route's condition holds; anyone else gets a 403 (Chinese and
 * English, in the engine's error format that Tasklist shows) before the engine is called. Anonymous calls go on to
 * the engine's and the webapps' own authentication, which refuses them; administrators may do everything.
 */
class StaffApiGuard extends OncePerRequestFilter {

  private static final int MAX_BODY_BYTES = 1 << 20;
  private static final String ENGINE_REST = "/engine-rest";
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine";
  private static final String WEBAPP_API = "/camunda/api";

  private final StaffApiAllowList allowList;

  StaffApiGuard(StaffApiAllowList allowList) {
    this.allowList = allowList;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<StaffCaller> caller = StaffCaller.of(request);
    if (caller.isEmpty() || caller.get().isAdministrator()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<StaffApiAllowList.Call> call = callOf(request);
    if (call.isEmpty()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "请求地址无效", "The address of the request is not valid");
      return;
    }
    Optional<StaffApiAllowList.RouteMatch> route = StaffApiAllowList.route(caller.get(), call.get());
    if (route.isEmpty()) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "您所在的部门无权进行此操作",
          "Your bureau may not do this");
      return;
    }
    byte[] body = null;
    if (route.get().route().check().readsBody()) {
      body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "提交的内容过大", "The request is too large");
        return;
      }
    }
    Optional<StaffApiAllowList.Refusal> refusal = allowList.refusal(caller.get(), call.get(), route.get(), body);
    if (refusal.isPresent()) {
      refuse(response, refusal.get().status(), refusal.get().messageZh(), refusal.get().messageEn());
      return;
    }
    chain.doFilter(body == null ? request : new RereadableRequest(request, body), response);
  }

  /**
   * The call as the engine will route it: the decoded path within its API, without the one trailing slash that
   * Jersey ignores. A path that decoding could turn into another one (an encoded slash or percent sign, dot segments,
   * doubled slashes, path parameters) is no call.
   */
  static Optional<StaffApiAllowList.Call> callOf(HttpServletRequest request) {
    String path;
    Map<String, List<String>> query;
    try {
      path = UriUtils.decode(RequestPaths.withinApplication(request), StandardCharsets.UTF_8);
      query = UrlEncoded.parse(request.getQueryString());
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    if (path.contains("%") || path.contains("//") || path.contains("/./") || path.contains("/../")
        || path.endsWith("/.") || path.endsWith("/..") || path.contains(";") || path.contains("\\")) {
      return Optional.empty();
    }
    path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    boolean engine = true;
    if (path.startsWith(ENGINE_REST + "/") || path.equals(ENGINE_REST)) {
      path = path.substring(ENGINE_REST.length());
      path = path.equals("/engine") ? "" : path.replaceFirst("^/engine/[^/]+", "");
    } else if (path.startsWith(WEBAPP_ENGINE)) {
      path = path.substring(WEBAPP_ENGINE.length()).replaceFirst("^/[^/]+", "");
    } else {
      engine = false;
      path = path.substring(WEBAPP_API.length());
    }
    return Optional.of(new StaffApiAllowList.Call(request.getMethod(), engine, path, query));
  }

  private static void refuse(HttpServletResponse response, int status, String messageZh, String messageEn)
      throws IOException {
    response.setStatus(status);
    JsonAnswers.write(response, "Refused", messageZh + " / " + messageEn);
  }
}
