package cn.harbin.fertility.security;

import cn.harbin.fertility.bureaus.BureauDirectory;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Spring Security guards the staff-only HTTP endpoints outside the Camunda webapps, each with HTTP Basic against
 * the engine's users ({@link CamundaIdentityAuthenticationProvider}): the actuator (health public), administrators'
 * imports, and the finance bureau's bank files. The webapps keep their own session login and CSRF protection,
 * {@code /engine-rest} and {@code /camunda/api} have {@link EngineApiSecurity}, and the citizens' {@code /api} is public;
 * every page and API of ours sends the {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
public class StaffApiSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
    return basicAuth(http.securityMatcher("/api/admin/**"),
        requests -> requests.anyRequest().hasAuthority(Groups.CAMUNDA_ADMIN));
  }

  @Bean
  @Order(2)
  SecurityFilterChain paymentsApi(HttpSecurity http) throws Exception {
    return basicAuth(http.securityMatcher("/api/payments/**"),
        requests -> requests.anyRequest().hasAuthority(BureauDirectory.FINANCE));
  }

  @Bean
  @Order(3)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    return basicAuth(http.securityMatcher(EndpointRequest.toAnyEndpoint()), requests -> requests
        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
        .anyRequest().authenticated());
  }

  /**
   * Our pages and files for staff ({@code /staff/**}: a citizen's supplied material, the bank files for finance only):
   * the Camunda webapp login
   * of the same browser session counts ({@link CamundaWebappSession}), HTTP Basic otherwise; each page decides by
   * the staff member's groups.
   */
  @Bean
  @Order(6)
  SecurityFilterChain staffPages(HttpSecurity http) throws Exception {
    SecurityHeaders.apply(http);
    return http
        .securityMatcher(request -> RequestPaths.decodedWithinApplication(request).startsWith("/staff/"))
        .addFilterBefore(new CamundaWebappSession(), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(
                request -> RequestPaths.decodedWithinApplication(request).startsWith("/staff/bank-files/"))
            .hasAuthority(BureauDirectory.FINANCE)
            .anyRequest().authenticated())
        .exceptionHandling(refusals -> refusals.accessDeniedHandler(StaffRealm.refusal(
            "您所在的部门不能打开此文件（银行代发文件仅限市财政局）/ Your bureau may not open this file (bank files: finance only)")))
        .httpBasic(StaffRealm.httpBasic())
        // The session is the webapp's, shared with the Tasklist tab: renewing its id here would sign that tab out.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** Before any password is checked, on every path: Spring Security's chains, the engine's and the webapps' logins. */
  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottle(LoginThrottleProperties limits) {
    FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(new LoginThrottle(
        limits.addressFailures(), limits.addressRefill(), limits.accountFailures(), limits.accountRefill()));
    registration.setName("login-throttle");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  /**
   * Everything else of ours: the landing page, the public intake API, Swagger UI (the portal has its own chain). Public and without sessions (so
   * without CSRF tokens to protect), with the security headers of every page of ours. The Camunda webapps and
   * {@code /engine-rest} keep their own protection ({@link EngineApiSecurity}).
   */
  @Bean
  @Order(10)
  SecurityFilterChain publicPagesAndApi(HttpSecurity http) throws Exception {
    SecurityHeaders.apply(http);
    return http
        .securityMatcher(request -> {
          String path = RequestPaths.decodedWithinApplication(request);
          return !path.startsWith("/camunda/") && !path.startsWith("/engine-rest/");
        })
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** Paths are matched as Spring MVC matches them (decoded), so that an encoded path cannot slip past. */
  private static SecurityFilterChain basicAuth(HttpSecurity http,
      Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
      throws Exception {
    SecurityHeaders.apply(http);
    return http
        .authorizeHttpRequests(rules)
        .exceptionHandling(refusals -> refusals.accessDeniedHandler(StaffRealm.refusal(
            "您的账号无权进行此操作 / Your account may not do this")))
        .httpBasic(StaffRealm.httpBasic())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
