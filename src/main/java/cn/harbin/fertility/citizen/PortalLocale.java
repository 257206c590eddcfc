package cn.harbin.fertility.citizen;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks Chinese unless the citizen chooses English ({@code ?lang=en}, remembered in a cookie); any other
 * language asked for is answered in Chinese.
 */
@Configuration(proxyBeanMethods = false)
public class PortalLocale implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("harbin-lang") {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        return supported(super.resolveLocale(request));
      }
    };
    resolver.setDefaultLocaleFunction(request -> Locale.SIMPLIFIED_CHINESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).addPathPatterns("/portal", "/portal/**");
  }

  /** A text kept in both languages, in the language of the page being answered. */
  static String text(String zh, String en) {
    return en != null && "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? en : zh;
  }

  static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }
}
