package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.ApiError;
import cn.harbin.fertility.security.RequestPaths;
import cn.harbin.fertility.security.SecurityHeaders;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The citizens' own filter chain for {@code /portal} and {@code /api/me}: a session of their own (kept under its own
 * key, apart from any staff login in the same browser), CSRF tokens on every form, sign-out, and the portal's
 * security headers. Pages that show a case need a signed-in citizen; the service pages and the sign-in do not.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
public class CitizenPortalSecurity {

  static final String ROLE = "CITIZEN";
  private static final String CONTEXT_KEY = "HARBIN_CITIZEN_SECURITY_CONTEXT";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where a signed-in citizen's security context lives in the HTTP session. */
  @Bean
  HttpSessionSecurityContextRepository citizenSessions() {
    HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    sessions.setSpringSecurityContextKey(CONTEXT_KEY);
    return sessions;
  }

  @Bean
  @Order(4)
  SecurityFilterChain citizenPortal(HttpSecurity http, HttpSessionSecurityContextRepository citizenSessions)
      throws Exception {
    SecurityHeaders.applyToPortal(http);
    RequestMatcher api = request -> pathOf(request).startsWith("/api/me");
    return http
        .securityMatcher(request -> {
          String path = pathOf(request);
          return path.equals("/portal") || path.startsWith("/portal/") || path.equals("/api/me")
              || path.startsWith("/api/me/");
        })
        .securityContext(context -> context.securityContextRepository(citizenSessions))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(request -> {
              String path = pathOf(request);
              return path.equals("/portal") || path.equals("/portal/") || path.startsWith("/portal/sign-in")
                  || path.startsWith("/portal/services");
            }).permitAll()
            .anyRequest().hasRole(ROLE))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor((request, response, refused) -> {
              response.setStatus(HttpStatus.UNAUTHORIZED.value());
              response.setContentType(MediaType.APPLICATION_JSON_VALUE);
              response.setCharacterEncoding(StandardCharsets.UTF_8.name());
              response.getOutputStream().write(JSON.writeValueAsBytes(ApiError.of(
                  "请先登录（身份证号码、手机号码和短信验证码）", "Please sign in first (identity number, mobile number and SMS code)")));
            }, api)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/portal/sign-in"),
                request -> true))
        .logout(logout -> logout.logoutUrl("/portal/sign-out").logoutSuccessUrl("/portal?signedOut"))
        .build();
  }

  /** Signs the citizen in: a new session id (no fixation), the citizen's context saved in it. */
  static void signIn(Citizen citizen, HttpServletRequest request, HttpServletResponse response,
      HttpSessionSecurityContextRepository sessions) {
    request.getSession(true);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(citizen, null,
        List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
    SecurityContextHolder.setContext(context);
    sessions.saveContext(context, request, response);
  }

  private static String pathOf(HttpServletRequest request) {
    return RequestPaths.decodedWithinApplication(request);
  }
}
