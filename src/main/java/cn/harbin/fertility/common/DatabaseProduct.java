package cn.harbin.fertility.common;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which of the two supported databases the application runs on: H2 and PostgreSQL share our SQL except for the few
 * statements that one of them spells differently or runs much faster in a form of its own.
 */
@Component
public class DatabaseProduct {

  private final boolean postgres;

  public DatabaseProduct(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  public boolean isPostgres() {
    return postgres;
  }
}
