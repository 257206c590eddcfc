package cn.harbin.fertility.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** Where a request goes within this application, as every staff filter reads it. */
final class RequestPaths {

  private RequestPaths() {}

  /** The path after the context path, as sent (still encoded). */
  static String withinApplication(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The path after the context path, decoded once; a malformed escape leaves it as sent. */
  static String decodedWithinApplication(HttpServletRequest request) {
    String path = withinApplication(request);
    try {
      return UriUtils.decode(path, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return path;
    }
  }
}
