package cn.harbin.fertility.durability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.SeparateApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * {@link CrashDuringIntakeContract} in the default set-up: the H2 file under {@code ./data/} and the demo profile,
 * exactly as {@code mvn spring-boot:run}.
 */
class CrashDuringIntakeOnH2Test extends CrashDuringIntakeContract {

  @Override
  SeparateApplication startApplication(String name, Path workingDirectory) {
    SeparateApplication application = SeparateApplication.start("crash-h2-" + name, workingDirectory, Map.of(),
        List.of());
    assertThat(application.log()).as("the default set-up forces commits to disk")
        .contains("every commit that wrote something is forced to disk");
    return application;
  }

  @Override
  Connection openDatabase(Path workingDirectory) throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + workingDirectory.resolve("data/harbin-fertility"), "sa", "");
  }

  @Override
  String adminCredentials() {
    return "admin:admin";
  }
}
