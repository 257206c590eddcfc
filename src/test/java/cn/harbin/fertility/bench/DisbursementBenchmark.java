package cn.harbin.fertility.bench;

import cn.harbin.fertility.support.EmbeddedPostgres;
import cn.harbin.fertility.support.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The monthly disbursement at the scale of issue 14 on embedded PostgreSQL, the province's database
 * ({@link DisbursementRun}). The loaded database is kept in {@code target/bench/disbursement-postgres} and each run
 * measures on a copy of it (delete the directory to load again). {@code mvn -Pbench test -Dtest=DisbursementBenchmark};
 * {@link DisbursementOnH2Benchmark} runs the same on an H2 file.
 */
@Tag("bench")
class DisbursementBenchmark {

  private static final Path DATA = Path.of("target", "bench", "disbursement-postgres");

  @Test
  void onPostgres() throws Exception {
    try (KeptPostgres postgres = KeptPostgres.start(DATA)) {
      if (!postgres.loaded()) {
        postgres.createDatabase("loaded", null);
        try (HikariDataSource dataSource = dataSource(postgres, "loaded")) {
          DisbursementRun.migrateAndLoad(dataSource, "PostgreSQL");
        }
        postgres.markLoaded();
      }
      try (HikariDataSource dataSource = dataSource(postgres, "loaded")) {
        Migrations.migrate(dataSource);
      }
      postgres.createDatabase("run", "loaded");
      try (HikariDataSource dataSource = dataSource(postgres, "run")) {
        DisbursementRun.run(dataSource, "PostgreSQL");
      }
      postgres.dropDatabase("run");
    }
  }

  private static HikariDataSource dataSource(KeptPostgres postgres, String database) {
    return DisbursementRun.dataSource(postgres.jdbcUrl(database), EmbeddedPostgres.user());
  }
}
