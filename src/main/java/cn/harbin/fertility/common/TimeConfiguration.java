package cn.harbin.fertility.common;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Harbin's clock: every "today" of the rules is a day in China Standard Time. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  public static final ZoneId HARBIN = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return Clock.system(HARBIN);
  }
}
