package cn.harbin.fertility.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * On the default H2 file database a committed transaction is on disk before anyone is answered. H2 writes a commit
 * to its file lazily (WRITE_DELAY, 500 ms by default) and never forces it to the disk; so every transaction the
 * application and the engine commit through Spring is followed by {@code CHECKPOINT SYNC}, which writes what is
 * pending and forces the file to the disk. The engine, Flyway and our services all use this transaction manager.
 * PostgreSQL needs nothing: it flushes its log at every commit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
public class H2FileDurability {

  @Bean
  JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new SyncingTransactionManager(dataSource);
  }

  static final class SyncingTransactionManager extends JdbcTransactionManager {

    SyncingTransactionManager(DataSource dataSource) {
      super(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      super.doCommit(status);
      Connection connection = DataSourceUtils.getConnection(obtainDataSource());
      try (Statement statement = connection.createStatement()) {
        statement.execute("CHECKPOINT SYNC");
      } catch (SQLException notSynced) {
        throw new TransactionSystemException("committed, but H2 could not force the commit to disk", notSynced);
      }
    }
  }
}
