package cn.harbin.fertility.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The response headers of every page and API of ours (the Camunda webapps send their own): scripts, styles and
 * images only from this application, no framing, no type sniffing, no referrer to other sites, and nothing stored
 * in a cache (Spring Security's default {@code Cache-Control: no-cache, no-store}), since answers carry personal data.
 */
public final class SecurityHeaders {

  /** Inline styles for Swagger UI; data: images for its icons. Nothing else from anywhere but here. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
      + "'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** The citizen portal's pages: no inline script or style at all. */
  static final String PORTAL_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HttpSecurity http) throws Exception {
    apply(http, CONTENT_SECURITY_POLICY);
  }

  public static void applyToPortal(HttpSecurity http) throws Exception {
    apply(http, PORTAL_CONTENT_SECURITY_POLICY);
  }

  private static void apply(HttpSecurity http, String contentSecurityPolicy) throws Exception {
    http.headers(headers -> headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
  }
}
