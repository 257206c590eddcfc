package cn.harbin.fertility.payments;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link EntitlementRateMigrationContract} on H2. */
class EntitlementRateMigrationOnH2Test extends EntitlementRateMigrationContract {

  @Override
  DataSource emptyDatabase() {
    return new DriverManagerDataSource("jdbc:h2:mem:rate-migration;DB_CLOSE_DELAY=-1", "sa", "");
  }
}
