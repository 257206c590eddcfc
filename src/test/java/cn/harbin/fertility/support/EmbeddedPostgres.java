package cn.harbin.fertility.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL server for the whole test run (it starts in about two seconds but holds
 * memory), with a fresh database per caller; with {@code -Dbench.statements=true} it counts statements
 * ({@code pg_stat_statements}, for the benchmarks).
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static int databases;

  private EmbeddedPostgres() {}

  /** @return the JDBC URL of a new, empty database on the shared server */
  public static synchronized String createDatabase(String prefix) {
    String name = prefix + "_" + ++databases;
    try {
      if (server == null) {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder();
        if (Boolean.getBoolean("bench.statements")) {
          builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        server = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
      }
      try (Connection connection = server.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE \"" + name + "\"");
      }
      return server.getJdbcUrl(user(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
  }

  public static String user() {
    return "postgres";
  }

  private static void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }
}
