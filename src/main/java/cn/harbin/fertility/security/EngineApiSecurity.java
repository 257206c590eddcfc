package cn.harbin.fertility.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API ({@code /engine-rest}) and the webapps' API ({@code /camunda/api}), in this order: the
 * headers that keep their answers out of caches ({@link EngineApiHeaders}); errors answered
 * without SQL or stack traces ({@link EngineApiErrors}); on {@code /engine-rest} HTTP Basic credentials checked
 * against the engine's identity service, whose user's authorizations then apply to every call, as in Tasklist; and
 * for staff who are not administrators only the routes of {@link StaffApiAllowList}.
 */
@Configuration(proxyBeanMethods = false)
public class EngineApiSecurity {

  private static final String[] ENGINE_APIS = {"/engine-rest/*", "/camunda/api/*"};

  @Bean
  FilterRegistrationBean<EngineApiHeaders> engineApiHeaders() {
    FilterRegistrationBean<EngineApiHeaders> registration = new FilterRegistrationBean<>(new EngineApiHeaders());
    registration.setName("engine-api-headers");
    registration.addUrlPatterns(ENGINE_APIS);
    // Before Spring Security's filters too: its refusals (the login throttle's 429, the firewall's 400) carry them.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineApiErrors> engineApiErrors() {
    FilterRegistrationBean<EngineApiErrors> registration = new FilterRegistrationBean<>(new EngineApiErrors());
    registration.setName("engine-api-errors");
    registration.addUrlPatterns(ENGINE_APIS);
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        EngineRestBasicAuthentication.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<StaffApiGuard> staffApiGuard(StaffApiAllowList allowList) {
    FilterRegistrationBean<StaffApiGuard> registration = new FilterRegistrationBean<>(new StaffApiGuard(allowList));
    registration.setName("staff-api-guard");
    registration.addUrlPatterns(ENGINE_APIS);
    registration.setOrder(3);
    return registration;
  }
}
