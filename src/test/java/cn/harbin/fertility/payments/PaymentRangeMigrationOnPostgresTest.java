package cn.harbin.fertility.payments;

import cn.harbin.fertility.support.EmbeddedPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link PaymentRangeMigrationContract} on embedded PostgreSQL, with the migrations only PostgreSQL runs. */
@Tag("postgres")
class PaymentRangeMigrationOnPostgresTest extends PaymentRangeMigrationContract {

  @Override
  DataSource emptyDatabase() {
    return new DriverManagerDataSource(EmbeddedPostgres.createDatabase("range_migration"), EmbeddedPostgres.user(), "");
  }
}
