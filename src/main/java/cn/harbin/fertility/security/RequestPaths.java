package cn.harbin.fertility.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * Where a request goes within this application. Every security chain matches the path decoded, as the servlet
 * container and Spring MVC dispatch it: matched as sent, {@code /st%61ff/…} would miss the chain of {@code /staff/}
 * and still reach its controllers.
 */
public final class RequestPaths {

  private RequestPaths() {}

  /** The path after the context path, as sent (still encoded). */
  static String withinApplication(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The path after the context path, decoded once; a malformed escape leaves it as sent. */
  public static String decodedWithinApplication(HttpServletRequest request) {
    String path = withinApplication(request);
    try {
      return UriUtils.decode(path, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return path;
    }
  }
}
