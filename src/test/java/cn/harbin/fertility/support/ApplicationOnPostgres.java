package cn.harbin.fertility.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with the {@code postgres} profile on embedded PostgreSQL, configured through the
 * same environment variables an operator sets, and without the demo profile.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@Tag("postgres")
@ContextConfiguration(initializers = ApplicationOnPostgres.Environment.class)
public @interface ApplicationOnPostgres {

  String ADMIN_ID = "operator";
  String ADMIN_PASSWORD = "operator-secret";

  class Environment implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("operator-environment", Map.of(
          "HARBIN_DB_URL", EmbeddedPostgres.createDatabase("harbin_app"),
          "HARBIN_DB_USER", EmbeddedPostgres.user(),
          "HARBIN_DB_PASSWORD", "postgres",
          "HARBIN_ADMIN_ID", ADMIN_ID,
          "HARBIN_ADMIN_PASSWORD", ADMIN_PASSWORD)));
    }
  }
}
