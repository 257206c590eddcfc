package cn.harbin.fertility.bench;

import cn.harbin.fertility.FertilitySupportApplication;
import cn.harbin.fertility.support.EmbeddedPostgres;
import cn.harbin.fertility.support.PortalClient;
import cn.harbin.fertility.support.SmsLog;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The citizen's status lookup at the scale of issue 14, on embedded PostgreSQL: 1,000,000 applications, 100,000
 * finished cases in the engine's history and 20,000 in flight ({@link StatusLookupData}). 300 citizens sign in by SMS
 * code; then from 1 and 4 clients, each for a fixed time after a warm-up, a signed-in citizen opens their case page
 * ({@code /portal/applications/{number}}) or its JSON ({@code /api/me/applications/{number}}), in turn. Prints p50 and
 * p99 of each, with the ratio to the goal (p99 25 ms at 4 clients), and what else ran in each phase. The data are
 * loaded through an application of their own, stopped before the measured one starts. The loaded database stays in
 * {@code target/bench/status-lookup-postgres} for reruns (delete it to load again).
 * {@code mvn -Pbench test -Dtest=StatusLookupBenchmark}.
 */
@Tag("bench")
class StatusLookupBenchmark {

  private static final Path DATA = Path.of("target", "bench", "status-lookup-postgres"
      + (StatusLookupData.DIVIDE == 1 ? "" : "-1of" + StatusLookupData.DIVIDE));
  private static final Duration WARM_UP = Duration.ofSeconds(15);
  private static final Duration MEASURED = Duration.ofSeconds(30);
  private static final double GOAL_P99_MS = 25;

  @Test
  void caseStatusWithAMillionApplications() throws Exception {
    try (KeptPostgres postgres = KeptPostgres.start(DATA)) {
      if (!postgres.loaded()) {
        postgres.createDatabase("harbin", null);
        // Loaded through an application of its own, stopped before the measured one starts on the loaded database
        // as a node in service would: the measured one's connections never did the loading.
        try (ConfigurableApplicationContext loading = start(postgres)) {
          long start = System.nanoTime();
          new StatusLookupData(loading.getBean(JdbcTemplate.class)).load(loading);
          postgres.markLoaded();
          System.out.printf("[bench] status lookup: loaded in %.0f s%n", (System.nanoTime() - start) / 1e9);
        }
      }
      try (ConfigurableApplicationContext application = start(postgres); SmsLog sms = new SmsLog()) {
        int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
        List<SignedIn> citizens = new ArrayList<>();
        int address = 0;
        for (StatusLookupData.Citizen citizen : StatusLookupData.citizens()) {
          PortalClient client = new PortalClient(port, "10.14." + address / 250 + "." + (address++ % 250 + 1));
          if (client.signIn(citizen.idNumber(), citizen.phone(), sms).statusCode() != 302) {
            throw new AssertionError("citizen of " + citizen.applicationNumber() + " could not sign in");
          }
          citizens.add(new SignedIn(client, citizen));
        }
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        run(citizens, 4, WARM_UP, "warm-up", jdbc);
        for (int clients : new int[] {1, 4}) {
          run(citizens, clients, MEASURED, clients + " client" + (clients == 1 ? "" : "s"), jdbc);
        }
      }
    }
  }

  private static ConfigurableApplicationContext start(KeptPostgres postgres) {
    return new SpringApplicationBuilder(FertilitySupportApplication.class).profiles("bench")
        .run("--spring.profiles.active=postgres", "--server.port=0", "--HARBIN_DB_URL=" + postgres.jdbcUrl("harbin"),
            "--HARBIN_DB_USER=" + EmbeddedPostgres.user(), "--HARBIN_DB_PASSWORD=postgres",
            "--harbin.admin.id=bench", "--harbin.admin.password=bench-secret-1", "--harbin.sms.gateway=demo-log",
            "--logging.level.root=warn", "--logging.level.cn.harbin.fertility.notifications=info");
  }

  private record SignedIn(PortalClient client, StatusLookupData.Citizen citizen) {}

  private static void run(List<SignedIn> citizens, int clients, Duration duration, String label, JdbcTemplate jdbc)
      throws Exception {
    Conditions before = Conditions.now(jdbc);
    ClientLoad.Result result = ClientLoad.run(clients, duration, "case page", turn -> {
      SignedIn citizen = citizens.get(ThreadLocalRandom.current().nextInt(citizens.size()));
      String number = citizen.citizen().applicationNumber();
      boolean page = turn % 2 == 0;
      int status = citizen.client().get(page ? "/portal/applications/" + number : "/api/me/applications/" + number)
          .statusCode();
      return new ClientLoad.Answer(page ? "case page" : "its JSON", status == 200);
    });
    result.byKind().forEach((what, latencies) -> print(label, what, latencies));
    System.out.printf("[bench] status lookup, %-10s %s%n", label + ",", Conditions.now(jdbc).since(before));
  }

  /**
   * What else was going on during a run, to tell why one run is slower than another: the JVM's garbage collections,
   * PostgreSQL reading past its shared buffers and writing them out, autovacuum, and dirty file pages the kernel was
   * still writing back.
   */
  private record Conditions(long gcCount, long gcMillis, long blocksRead, long blocksHit, long blocksWritten,
      long autovacuums, long autovacuumWorkers, long dirtyMiB) {

    static Conditions now(JdbcTemplate jdbc) throws IOException {
      long count = 0;
      long millis = 0;
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        count += collector.getCollectionCount();
        millis += collector.getCollectionTime();
      }
      Map<String, Object> blocks = jdbc.queryForMap("SELECT blks_read, blks_hit FROM pg_stat_database"
          + " WHERE datname = current_database()");
      Long written = jdbc.queryForObject("SELECT buffers_checkpoint + buffers_clean + buffers_backend"
          + " FROM pg_stat_bgwriter", Long.class);
      Long autovacuums = jdbc.queryForObject("SELECT SUM(autovacuum_count + autoanalyze_count) FROM pg_stat_all_tables",
          Long.class);
      Long workers = jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity"
          + " WHERE backend_type = 'autovacuum worker'", Long.class);
      return new Conditions(count, millis, ((Number) blocks.get("blks_read")).longValue(),
          ((Number) blocks.get("blks_hit")).longValue(), written, autovacuums, workers, pagesToWriteBackMiB());
    }

    /** What happened between the earlier conditions and these. */
    String since(Conditions before) {
      long blocksUsed = blocksRead + blocksHit - before.blocksRead - before.blocksHit;
      return String.format("the JVM paused %d ms for %d garbage collections; PostgreSQL read %d blocks from outside its"
              + " buffers (%.1f%% of the %d it used) and wrote %d from them; autovacuum and autoanalyze finished %d"
              + " times, with %d of their workers busy at the start and %d at the end; the kernel had %d MiB of file"
              + " pages to write back at the start, %d at the end", gcMillis - before.gcMillis,
          gcCount - before.gcCount, blocksRead - before.blocksRead,
          100.0 * (blocksRead - before.blocksRead) / Math.max(1, blocksUsed), blocksUsed,
          blocksWritten - before.blocksWritten, autovacuums - before.autovacuums, before.autovacuumWorkers,
          autovacuumWorkers, before.dirtyMiB, dirtyMiB);
    }

    /** Dirty and writeback pages in /proc/meminfo; 0 where there is no such file. */
    private static long pagesToWriteBackMiB() throws IOException {
      Path meminfo = Path.of("/proc/meminfo");
      if (!Files.exists(meminfo)) {
        return 0;
      }
      return Files.readAllLines(meminfo).stream()
          .filter(line -> line.startsWith("Dirty:") || line.startsWith("Writeback:"))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).sum() / 1024;
    }
  }

  private static void print(String label, String what, ClientLoad.Latencies latencies) {
    double p99 = latencies.percentile(0.99);
    System.out.printf("[bench] status lookup, %-10s %-9s p50 %5.1f ms, p99 %5.1f ms, %d lookups, %d errors"
            + " (p99 goal %.0f ms: ratio %.2f)%n", label + ",", what + ":", latencies.percentile(0.5), p99,
        latencies.sorted().size(), latencies.errors(), GOAL_P99_MS, GOAL_P99_MS / p99);
  }
}
