package cn.harbin.fertility.common;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Next values of the database sequences of db/migration, on H2 and PostgreSQL alike. */
@Component
public class Sequences {

  private final DataSource dataSource;
  private final boolean postgres;

  public Sequences(DataSource dataSource) throws SQLException {
    this.dataSource = dataSource;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  public long next(String sequence) {
    DataFieldMaxValueIncrementer incrementer = postgres
        ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
        : new H2SequenceMaxValueIncrementer(dataSource, sequence);
    return incrementer.nextLongValue();
  }
}
