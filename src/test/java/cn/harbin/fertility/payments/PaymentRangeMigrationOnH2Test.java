package cn.harbin.fertility.payments;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link PaymentRangeMigrationContract} on H2. */
class PaymentRangeMigrationOnH2Test extends PaymentRangeMigrationContract {

  @Override
  DataSource emptyDatabase() {
    return new DriverManagerDataSource("jdbc:h2:mem:range-migration;DB_CLOSE_DELAY=-1", "sa", "");
  }
}
