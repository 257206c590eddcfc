package cn.harbin.fertility.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
    try {
      return decodedCallOf(request);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static Optional<StaffApiAllowList.Call> decodedCallOf(HttpServletRequest request) {
    String path = UriUtils.decode(RequestPaths.withinApplication(request), StandardCharsets.UTF_8);
    if (path.contains("%") || path.contains("//") || path.contains("/./") || path.contains("/../")
        || path.endsWith("/.") || path.endsWith("/..") || path.contains(";") || path.contains("\\")) {
      return Optional.empty();
    }
    path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String method = request.getMethod();
    if (path.startsWith(ENGINE_REST + "/") || path.equals(ENGINE_REST)) {
      String resource = path.substring(ENGINE_REST.length());
      resource = resource.equals("/engine") ? "" : resource.replaceFirst("^/engine/[^/]+", "");
      return Optional.of(new StaffApiAllowList.Call(method, true, resource, queryOf(request)));
    }
    if (path.startsWith(WEBAPP_ENGINE)) {
      String resource = path.substring(WEBAPP_ENGINE.length()).replaceFirst("^/[^/]+", "");
      return Optional.of(new StaffApiAllowList.Call(method, true, resource, queryOf(request)));
    }
    return Optional.of(new StaffApiAllowList.Call(method, false, path.substring(WEBAPP_API.length()),
        queryOf(request)));
  }

  /** The query parameters, read from the query string alone: a form body stays unread for the engine. */
  private static Map<String, List<String>> queryOf(HttpServletRequest request) {
    Map<String, List<String>> query = new HashMap<>();
    if (request.getQueryString() != null) {
      for (String pair : request.getQueryString().split("&")) {
        int equals = pair.indexOf('=');
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
      }
    }
    return query;
  }

  private static void refuse(HttpServletResponse response, int status, String messageZh, String messageEn)
      throws IOException {
    response.setStatus(status);
    JsonAnswers.write(response, "Refused", messageZh + " / " + messageEn);
  }
}
