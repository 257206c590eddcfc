package cn.harbin.fertility.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.util.FileSystemUtils;

/**
 * An embedded PostgreSQL whose data directory stays in {@code target/bench} between runs, so that a benchmark loads
 * its data once and measures on it again in later runs. The data counts as loaded once {@link #markLoaded} has been
 * called; a directory left by a load that did not finish is deleted and loaded again. Delete the directory to load
 * again.
 */
final class KeptPostgres implements AutoCloseable {

  private final Path directory;
  private final boolean loaded;
  private final EmbeddedPostgres server;

  private KeptPostgres(Path directory) throws IOException {
    this.directory = directory;
    this.loaded = Files.exists(directory.resolve("loaded")) && Files.exists(cluster().resolve("postgresql.conf"));
    if (!loaded) {
      FileSystemUtils.deleteRecursively(directory);
    }
    // Never cleaned by zonky, which would delete the directory when it stops: initdb runs only into an empty one.
    this.server = EmbeddedPostgres.builder().setDataDirectory(cluster()).setCleanDataDirectory(false).start();
  }

  static KeptPostgres start(Path directory) throws IOException {
    return new KeptPostgres(directory);
  }

  /** Whether an earlier run loaded the data. */
  boolean loaded() {
    return loaded;
  }

  void markLoaded() throws IOException {
    Files.writeString(directory.resolve("loaded"), "");
  }

  /** Creates the database, empty or as a copy of another (PostgreSQL copies its files: seconds for gigabytes). */
  void createDatabase(String name, String template) throws SQLException {
    dropDatabase(name);
    execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
  }

  void dropDatabase(String name) throws SQLException {
    execute("DROP DATABASE IF EXISTS " + name);
  }

  String jdbcUrl(String database) {
    return server.getJdbcUrl(cn.harbin.fertility.support.EmbeddedPostgres.user(), database);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private Path cluster() {
    return directory.resolve("cluster");
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
