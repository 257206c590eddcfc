package cn.harbin.fertility.bench;

import cn.harbin.fertility.support.Migrations;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The monthly disbursement at the scale of issue 14 on an H2 file, the default database ({@link DisbursementRun}):
 * not in the suite that {@code mvn -Pbench test} runs, being the longest of its figures and not the province's
 * database. The loaded file is kept in {@code target/bench/disbursement-loaded} and copied for each run.
 * {@code mvn -Pbench test -Dtest=DisbursementOnH2Benchmark}.
 */
@Tag("bench")
class DisbursementOnH2Benchmark {

  @Test
  void onAnH2File() throws Exception {
    Path loaded = Path.of("target", "bench", "disbursement-loaded");
    Path h2 = Path.of("target", "bench", "disbursement");
    if (!Files.exists(loaded.resolve("harbin.mv.db"))) {
      FileSystemUtils.deleteRecursively(loaded);
      Files.createDirectories(loaded);
      try (HikariDataSource dataSource = DisbursementRun.dataSource(H2Files.url(loaded), "sa")) {
        DisbursementRun.migrateAndLoad(dataSource, "H2");
      }
    }
    try (HikariDataSource dataSource = DisbursementRun.dataSource(H2Files.url(loaded), "sa")) {
      Migrations.migrate(dataSource);
    }
    FileSystemUtils.deleteRecursively(h2);
    FileSystemUtils.copyRecursively(loaded, h2);
    try (HikariDataSource dataSource = DisbursementRun.dataSource(H2Files.url(h2), "sa")) {
      DisbursementRun.run(dataSource, "H2");
    }
  }
}
