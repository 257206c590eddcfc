package cn.harbin.fertility.supervision;

import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.security.CamundaWebappSession;
import cn.harbin.fertility.security.SecurityHeaders;
import cn.harbin.fertility.security.StaffRealm;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The supervisors' dashboard and report ({@code /supervision}): for members of {@code supervisors} and
 * {@code city-health} (and administrators). A supervisor already logged in to Cockpit or Tasklist in the same browser
 * is let in on that login; otherwise a sign-in page with the Camunda account, or HTTP Basic for scripts. Anyone
 * else on staff gets 403.
 */
@Configuration(proxyBeanMethods = false)
public class SupervisionSecurity {

  @Bean
  @Order(7)
  SecurityFilterChain supervision(HttpSecurity http) throws Exception {
    SecurityHeaders.applyToPortal(http);
    return http
        .securityMatcher(request -> {
          String path = request.getRequestURI().substring(request.getContextPath().length());
          return path.equals("/supervision") || path.startsWith("/supervision/");
        })
        .addFilterBefore(new CamundaWebappSession(), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(request -> request.getRequestURI().endsWith("/supervision/sign-in")).permitAll()
            .anyRequest().hasAnyAuthority(BureauDirectory.SUPERVISORS, BureauDirectory.CITY_HEALTH,
                Groups.CAMUNDA_ADMIN))
        .formLogin(login -> login.loginPage("/supervision/sign-in").defaultSuccessUrl("/supervision", true))
        .httpBasic(StaffRealm.httpBasic())
        .logout(logout -> logout.logoutUrl("/supervision/sign-out").logoutSuccessUrl("/supervision/sign-in?signedOut"))
        .build();
  }
}
