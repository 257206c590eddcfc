package cn.harbin.fertility.support;

import cn.harbin.fertility.common.DatabaseProduct;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Our Flyway migrations, for a benchmark or a migration's test that sets up its database without the application:
 * the locations of application.yaml, and on PostgreSQL those application-postgres.yaml adds.
 */
public final class Migrations {

  private Migrations() {}

  public static void migrate(DataSource dataSource) throws SQLException {
    migrate(dataSource, "latest");
  }

  /** Up to and including the version, as a database in service was before a release. */
  public static void migrate(DataSource dataSource, String version) throws SQLException {
    String[] locations = new DatabaseProduct(dataSource).isPostgres()
        ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
        : new String[] {"classpath:db/migration"};
    Flyway.configure().dataSource(dataSource).locations(locations).target(version).load().migrate();
  }
}
