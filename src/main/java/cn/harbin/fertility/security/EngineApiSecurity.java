package cn.harbin.fertility.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API ({@code /engine-rest}) and the webapps' API ({@code /camunda/api}), in this order: on
 * {@code /engine-rest} the headers that keep its answers out of caches ({@link EngineRestHeaders}); errors answered
 * without SQL or stack traces ({@link EngineApiErrors}); on {@code /engine-rest} HTTP Basic credentials checked
 * against the engine's identity service, whose user's authorizations then apply to every call, as in Tasklist; and
 * for staff who are not administrators only the routes of {@link StaffApiAllowList}.
 */
@Configuration(proxyBeanMethods = false)
public class EngineApiSecurity {

  private static final String[] ENGINE_APIS = {"/engine-rest/*", "/camunda/api/*"};

  @Bean
  FilterRegistrationBean<EngineRestHeaders> engineRestHeaders() {
    FilterRegistrationBean<EngineRestHeaders> registration = new FilterRegistrationBean<>(new EngineRestHeaders());
    registration.setName("engine-rest-headers");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(0);
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
