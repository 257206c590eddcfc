package cn.harbin.fertility.bench;

import java.nio.file.Path;

/**
 * The URL of a benchmark's H2 file, with the settings of the application's own URL in application.yaml (keep them
 * alike), so that the benchmarks measure the database as deployed.
 */
final class H2Files {

  private static final String SETTINGS = ";WRITE_DELAY=0;QUERY_CACHE_SIZE=256";

  private H2Files() {}

  /** @param directory where the database's files go; the database is named {@code harbin} */
  static String url(Path directory) {
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("harbin") + SETTINGS;
  }
}
