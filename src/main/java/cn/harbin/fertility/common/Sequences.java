package cn.harbin.fertility.common;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Next values of the database sequences of db/migration, on H2 and PostgreSQL alike. */
@Component
public class Sequences {

  private final DataSource dataSource;
  private final boolean postgres;

  public Sequences(DataSource dataSource, DatabaseProduct database) {
    this.dataSource = dataSource;
    this.postgres = database.isPostgres();
  }

  public long next(String sequence) {
    DataFieldMaxValueIncrementer incrementer = postgres
        ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
        : new H2SequenceMaxValueIncrementer(dataSource, sequence);
    return incrementer.nextLongValue();
  }

  /** {@code count} next values in one statement, for rows written in bulk. */
  public List<Long> next(String sequence, int count) {
    String query = postgres
        ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
        : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
    return new JdbcTemplate(dataSource).queryForList(query, Long.class, count);
  }
}
