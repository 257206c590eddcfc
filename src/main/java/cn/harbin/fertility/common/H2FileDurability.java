package cn.harbin.fertility.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * On an H2 database kept in files (the default) a committed transaction is on disk before anyone is answered. H2
 * writes a commit to its file lazily (WRITE_DELAY, 500 ms by default) and never forces it to the disk; so every
 * transaction that the application and the engine commit through Spring, and that wrote something, is followed by
 * {@code CHECKPOINT SYNC}, which writes what is pending and forces the file to the disk. Commits made while a sync
 * runs share the next one (group commit, as databases do with their logs): a commit is answered once a sync that
 * began after it has finished. PostgreSQL needs nothing: it flushes its log at every commit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(
    "'${spring.datasource.url:}'.startsWith('jdbc:h2:') && !'${spring.datasource.url:}'.startsWith('jdbc:h2:mem:')")
public class H2FileDurability {

  private static final Logger LOG = LoggerFactory.getLogger(H2FileDurability.class);

  @Bean
  JdbcTransactionManager transactionManager(DataSource dataSource) {
    LOG.info("H2 file database: every commit that wrote something is forced to disk before it is answered");
    return new SyncingTransactionManager(dataSource);
  }

  static final class SyncingTransactionManager extends JdbcTransactionManager {

    /** Counts the commits that wrote something, in the order they completed. */
    private final AtomicLong commits = new AtomicLong();
    private final Object syncing = new Object();
    /** Every commit up to this count is on the disk. */
    private long synced;

    SyncingTransactionManager(DataSource dataSource) {
      super(dataSource);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      Connection connection = DataSourceUtils.getConnection(obtainDataSource());
      boolean wroteSomething = query(connection, "SELECT TRANSACTION_ID()") != null;
      super.doCommit(status);
      if (wroteSomething) {
        syncCovering(commits.incrementAndGet(), connection);
      }
    }

    /** Returns once the commit is on the disk: by a sync another commit ran meanwhile, or by one run now. */
    private void syncCovering(long commit, Connection connection) {
      synchronized (syncing) {
        if (synced >= commit) {
          return;
        }
        long upTo = commits.get();
        query(connection, "CHECKPOINT SYNC");
        synced = upTo;
      }
    }

    /** @return the first column of the first row, or null for none (or no result at all) */
    private static Object query(Connection connection, String sql) {
      try (Statement statement = connection.createStatement()) {
        if (!statement.execute(sql)) {
          return null;
        }
        try (ResultSet result = statement.getResultSet()) {
          return result.next() ? result.getObject(1) : null;
        }
      } catch (SQLException failed) {
        throw new TransactionSystemException("H2 could not " + sql, failed);
      }
    }
  }
}
