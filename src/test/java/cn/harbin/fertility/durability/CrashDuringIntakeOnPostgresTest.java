package cn.harbin.fertility.durability;

import cn.harbin.fertility.support.EmbeddedPostgres;
import cn.harbin.fertility.support.SeparateApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;

/**
 * {@link CrashDuringIntakeContract} in the production set-up: the {@code postgres} profile, configured by the
 * operator's environment variables.
 */
@Tag("postgres")
class CrashDuringIntakeOnPostgresTest extends CrashDuringIntakeContract {

  private final String databaseUrl = EmbeddedPostgres.createDatabase("harbin_crash");

  @Override
  SeparateApplication startApplication(String name, Path workingDirectory) {
    return SeparateApplication.start("crash-postgres-" + name, workingDirectory, Map.of(
        "SPRING_PROFILES_ACTIVE", "postgres",
        "HARBIN_DB_URL", databaseUrl,
        "HARBIN_DB_USER", EmbeddedPostgres.user(),
        "HARBIN_DB_PASSWORD", "postgres",
        "HARBIN_ADMIN_ID", "operator",
        "HARBIN_ADMIN_PASSWORD", "operator-secret",
        "HARBIN_SMS_GATEWAY", "demo-log"), List.of());
  }

  @Override
  Connection openDatabase(Path workingDirectory) throws SQLException {
    return DriverManager.getConnection(databaseUrl, EmbeddedPostgres.user(), "postgres");
  }

  @Override
  String adminCredentials() {
    return "operator:operator-secret";
  }
}
