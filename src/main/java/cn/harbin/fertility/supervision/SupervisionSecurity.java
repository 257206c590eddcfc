package cn.harbin.fertility.supervision;

import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.security.CamundaWebappSession;
import cn.harbin.fertility.security.FailedLogins;
import cn.harbin.fertility.security.RequestPaths;
import cn.harbin.fertility.security.SecurityHeaders;
import cn.harbin.fertility.security.StaffRealm;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The supervisors' dashboard and report ({@code /supervision}): for members of {@code supervisors} and
 * {@code city-health} (and administrators). A supervisor already logged in to Cockpit or Tasklist in the same browser
 * is let in on that login; otherwise a sign-in page with the Camunda account, or HTTP Basic for scripts. Anyone
 * else on staff gets 403.
 */
@Configuration(proxyBeanMethods = false)
public class SupervisionSecurity {

  private static final String SIGN_IN = "/supervision/sign-in";
  private static final AccessDeniedHandler NOT_A_SUPERVISOR = StaffRealm.refusal(
      "督查看板仅限督查人员和市卫生健康委 / The dashboard is for supervisors and the city health commission");

  @Bean
  @Order(7)
  SecurityFilterChain supervision(HttpSecurity http) throws Exception {
    SecurityHeaders.applyToPortal(http);
    return http
        .securityMatcher(request -> {
          String path = RequestPaths.decodedWithinApplication(request);
          return path.equals("/supervision") || path.startsWith("/supervision/");
        })
        .addFilterBefore(new CamundaWebappSession(), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(request -> RequestPaths.decodedWithinApplication(request).equals(SIGN_IN)).permitAll()
            .anyRequest().hasAnyAuthority(BureauDirectory.SUPERVISORS, BureauDirectory.CITY_HEALTH,
                Groups.CAMUNDA_ADMIN))
        .formLogin(login -> login.loginPage(SIGN_IN).defaultSuccessUrl("/supervision", true)
            .failureHandler(FailedLogins.redirectingTo(SIGN_IN + "?error")))
        .httpBasic(StaffRealm.httpBasic())
        .exceptionHandling(refusals -> refusals.accessDeniedHandler((request, response, denied) -> {
          if (denied instanceof CsrfException) {
            // A sign-in page or a session that expired meanwhile: sign in again.
            response.sendRedirect(request.getContextPath() + SIGN_IN);
          } else {
            NOT_A_SUPERVISOR.handle(request, response, denied);
          }
        }))
        .logout(logout -> logout.logoutUrl("/supervision/sign-out").logoutSuccessUrl("/supervision/sign-in?signedOut"))
        .build();
  }
}
