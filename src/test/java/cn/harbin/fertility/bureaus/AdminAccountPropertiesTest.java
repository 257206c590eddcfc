package cn.harbin.fertility.bureaus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Outside the demo profile the administrator comes from the environment, or the application does not start. */
class AdminAccountPropertiesTest {

  @EnableConfigurationProperties(AdminAccountProperties.class)
  static class Binding {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Binding.class);

  @Test
  void startUpStopsWithAClearMessageWhenTheAdminIsMissing() {
    runner.withPropertyValues("harbin.admin.id=", "harbin.admin.password=").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("HARBIN_ADMIN_ID");
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("HARBIN_ADMIN_PASSWORD");
    });
  }

  @Test
  void theAdminFromTheEnvironmentIsAccepted() {
    runner.withPropertyValues("harbin.admin.id=operator", "harbin.admin.password=secret").run(context ->
        assertThat(context.getBean(AdminAccountProperties.class).id()).isEqualTo("operator"));
  }
}
