package cn.harbin.fertility.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * How our staff-only endpoints ask for the staff login and refuse a staff member, in Chinese and English. Every HTTP
 * Basic challenge names this realm; a header value travels as one byte per character, so the name is handed over as
 * its UTF-8 bytes, which is how browsers read it (RFC 7617).
 */
public final class StaffRealm {

  public static final String NAME = "哈尔滨市生育支持业务系统";
  static final String UTF8_BYTES = new String(NAME.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

  private StaffRealm() {}

  /**
   * HTTP Basic for a Spring Security chain: 401 with this realm's challenge and what is needed. A page's script
   * (Tasklist's, {@code X-Requested-With: XMLHttpRequest}) gets no challenge, as Spring Security's own default does:
   * the browser would prompt for a password over the page.
   */
  public static Customizer<HttpBasicConfigurer<HttpSecurity>> httpBasic() {
    return basic -> basic.authenticationEntryPoint((request, response, refused) -> {
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", challenge());
      }
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      JsonAnswers.write(response, "Unauthorized", "请用工作人员账号登录 / Sign in with a staff account");
    });
  }

  /** 403 for a staff member signed in whose groups may not do this, saying who may. */
  public static AccessDeniedHandler refusal(String message) {
    return (request, response, denied) -> {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      JsonAnswers.write(response, "Forbidden", message);
    };
  }

  static String challenge() {
    return "Basic realm=\"" + UTF8_BYTES + "\"";
  }
}
