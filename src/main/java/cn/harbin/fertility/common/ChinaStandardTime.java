package cn.harbin.fertility.common;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs the whole application in China Standard Time, before the engine starts: the engine's REST API and the webapps'
 * API write their dates in the JVM's zone ({@code 2026-11-29T14:05:00.000+0800}), and so do the log lines. Our own
 * "today" does not depend on it ({@link TimeConfiguration}'s clock).
 */
public class ChinaStandardTime implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    TimeZone.setDefault(TimeZone.getTimeZone(TimeConfiguration.HARBIN));
  }
}
