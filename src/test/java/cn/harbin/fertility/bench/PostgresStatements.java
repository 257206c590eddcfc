package cn.harbin.fertility.bench;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a kind of case asks of PostgreSQL: the statements its steps send, counted by the server's
 * {@code pg_stat_statements} ({@code -Dbench.statements=true} preloads it in the embedded server), the engine's (on
 * its {@code ACT_} tables) apart from ours. Transaction control and this class's own queries are left out; the
 * messages a case sends are counted once delivered, as their delivery is part of the case's work.
 */
final class PostgresStatements {

  /** Our own queries, marked so that the count leaves them out. */
  private static final String MARK = "/* bench-statements */ ";
  private static final String COUNT = MARK + """
      SELECT COALESCE(SUM(calls) FILTER (WHERE query ~* '\\mact_'), 0),
        COALESCE(SUM(calls) FILTER (WHERE query !~* '\\mact_'), 0)
      FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT LIKE '%bench-statements%' AND query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK)'""";

  record PerCase(double engine, double ours) {

    @Override
    public String toString() {
      return String.format("%.1f of the engine's and %.1f of ours", engine, ours);
    }
  }

  private final JdbcTemplate jdbc;

  PostgresStatements(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    jdbc.execute(MARK + "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  }

  static boolean enabled() {
    return Boolean.getBoolean("bench.statements");
  }

  /** The statements a case of {@code cases} sent, counted from before {@code work} to its messages' delivery. */
  PerCase during(int cases, Runnable work) {
    allDelivered();
    jdbc.execute(MARK + "SELECT pg_stat_statements_reset()");
    work.run();
    allDelivered();
    return jdbc.queryForObject(COUNT, (row, n) -> new PerCase(row.getLong(1) / (double) cases,
        row.getLong(2) / (double) cases));
  }

  /** Waits until no message waits for delivery, so that each count holds its own cases' deliveries only. */
  private void allDelivered() {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (jdbc.queryForObject(MARK + "SELECT COUNT(*) FROM notification WHERE delivery = 'PENDING'", Long.class) > 0) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("messages still waiting for delivery after 30 s");
      }
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
