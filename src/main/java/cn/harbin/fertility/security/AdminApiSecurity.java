package cn.harbin.fertility.security;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** {@code /api/admin/**}: HTTP Basic, members of {@code camunda-admin} only. */
@Configuration(proxyBeanMethods = false)
public class AdminApiSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain adminApiFilterChain(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/api/admin/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Groups.CAMUNDA_ADMIN))
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
