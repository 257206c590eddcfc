package cn.harbin.fertility.supervision;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.support.EmbeddedPostgres;
import cn.harbin.fertility.support.Migrations;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * How fast the supervisors' figures are at scale: 100,000 finished cases of the three case types (with their tasks,
 * entitlements and payments, written into the application's tables as the application writes them) on an H2 file
 * and on embedded PostgreSQL, then each dashboard query and the yearly report, timed. Prints one line per figure;
 * asserts nothing about time. {@code mvn -Pbench test -Dtest=SupervisionBenchmark}: not in the suite that
 * {@code mvn -Pbench test} runs.
 */
@Tag("bench")
class SupervisionBenchmark {

  private static final int CASES = 100_000;
  private static final int YEAR = 2025;
  private static final String[] CASE_TYPES = {"childcare-subsidy", "special-family-assistance", "marriage-birth-one-stop"};
  private static final String[] DIVISIONS = {"230102", "230103", "230104", "230108", "230109", "230110", "230111",
      "230112", "230113", "230123", "230124", "230125", "230126", "230127", "230128", "230129", "230183", "230184"};
  private static final String[] STATUSES = {"GRANTED", "GRANTED", "GRANTED", "REJECTED", "WITHDRAWN", "CLOSED"};
  private static final double GOAL_QUERY_MS = 500;
  private static final double GOAL_REPORT_MS = 10_000;

  @Test
  void dashboardQueriesAndTheYearlyReportAt100000Cases() throws Exception {
    Path h2 = Path.of("target", "bench", "h2");
    FileSystemUtils.deleteRecursively(h2);
    Files.createDirectories(h2);
    try (HikariDataSource onH2 = pool("jdbc:h2:file:" + h2.toAbsolutePath() + "/supervision;WRITE_DELAY=0", "sa", "")) {
      run("H2 file", onH2);
    }
    try (HikariDataSource onPostgres = pool(EmbeddedPostgres.createDatabase("bench_supervision"),
        EmbeddedPostgres.user(), "postgres")) {
      run("PostgreSQL", onPostgres);
    }
  }

  /** A connection pool, as the application has: an H2 file database is opened once, not per query. */
  private static HikariDataSource pool(String url, String user, String password) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    return pool;
  }

  private void run(String database, DataSource dataSource) throws SQLException {
    Migrations.migrate(dataSource);
    long loading = System.nanoTime();
    load(dataSource);
    System.out.printf("[bench] %s: loaded %,d finished cases in %.1f s%n", database, CASES,
        (System.nanoTime() - loading) / 1e9);
    Clock clock = Clock.fixed(LocalDate.of(YEAR, 12, 31).atStartOfDay(TimeConfiguration.HARBIN).toInstant(),
        TimeConfiguration.HARBIN);
    SupervisionFigures figures = new SupervisionFigures(JdbcClient.create(dataSource), clock);
    SupervisionCases cases = new SupervisionCases(JdbcClient.create(dataSource));
    time(database, "backlog", run -> figures.backlog(year(run, null, null)), GOAL_QUERY_MS);
    time(database, "weekly flow (12 weeks)", run -> figures.flow(year(run, null, null)), GOAL_QUERY_MS);
    time(database, "step times, 12 weeks (the dashboard's default)", run -> figures.stepTimes(twelveWeeks(run)),
        GOAL_QUERY_MS);
    time(database, "case times, 12 weeks", run -> figures.caseTimes(twelveWeeks(run)), GOAL_QUERY_MS);
    time(database, "step times, a year", run -> figures.stepTimes(year(run, null, null)), GOAL_QUERY_MS);
    time(database, "case times, a year", run -> figures.caseTimes(year(run, null, null)), GOAL_QUERY_MS);
    time(database, "outcomes, a year", run -> figures.outcomes(year(run, null, null)), GOAL_QUERY_MS);
    time(database, "live entitlements", run -> figures.liveEntitlements(year(run, null, DIVISIONS[run])), GOAL_QUERY_MS);
    time(database, "committed per month", run -> figures.committed(year(run, null, null)), GOAL_QUERY_MS);
    time(database, "paid per month", run -> figures.paid(year(run, null, null)), GOAL_QUERY_MS);
    time(database, "step times, one division and case type",
        run -> figures.stepTimes(year(run, "childcare-subsidy", DIVISIONS[run])), GOAL_QUERY_MS);
    time(database, "cases behind a figure",
        run -> cases.find(new SupervisionCases.Query(year(run, null, null), null, "REJECTED", true)), GOAL_QUERY_MS);
    time(database, "annual district report (XLSX, 19 sheets)",
        run -> new AnnualDistrictReport(figures).xlsx(YEAR - run % 2), GOAL_REPORT_MS);
    System.out.printf("[bench] %s: heap used %d MiB now, peak %d MiB%n", database, usedHeapMiB(), peakHeapMiB());
  }

  /** The year, a day shorter with each run: no database answers a run from the result of the one before. */
  private static SupervisionFilter year(int run, String caseType, String division) {
    return new SupervisionFilter(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31).minusDays(run), caseType,
        division);
  }

  /** The dashboard's default range: the 12 weeks up to the end of the year, a day shorter with each run. */
  private static SupervisionFilter twelveWeeks(int run) {
    LocalDate to = LocalDate.of(YEAR, 12, 31).minusDays(run);
    return new SupervisionFilter(to.minusWeeks(12).plusDays(1), to, null, null);
  }

  private static void time(String database, String figure, IntFunction<?> query, double goalMs) {
    List<Double> runs = new ArrayList<>();
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      query.apply(run);
      runs.add((System.nanoTime() - start) / 1e6);
    }
    double median = runs.stream().sorted().toList().get(1);
    System.out.printf("[bench] %s: %-48s %9.1f ms median, %9.1f ms first (3 runs; goal %.0f ms, ratio %.2f)%n",
        database, figure, median, runs.get(0), goalMs, median / goalMs);
  }

  /** Cases received through the year, decided within 1 to 30 days, two tasks each; granted childcare paid 6 months. */
  private static void load(DataSource dataSource) throws SQLException {
    Random random = new Random(7);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement application = connection.prepareStatement("""
              INSERT INTO application (application_number, case_type, channel, status, applicant_id_number,
                applicant_name, division_code, submission_digest, received_at, decided_at, outcome_reason_zh,
                handling_seconds)
              VALUES (?, ?, 'ONLINE', ?, '230102199203150124', '测试', ?, 'bench', ?, ?, ?, ?)""");
          PreparedStatement task = connection.prepareStatement("""
              INSERT INTO task_record (task_id, process_instance_id, business_key, process_key, task_key, task_name,
                group_id, division_code, created_at, due_at, claimed_at, ended_at, outcome,
                create_to_complete_seconds, claim_to_complete_seconds)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED', ?, ?)""");
          PreparedStatement entitlement = connection.prepareStatement("""
              INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
                bank_name, bank_account, division_code, first_period, last_period, frequency, amount, status,
                parameters_used, granted_at)
              VALUES (?, ?, 'childcare-subsidy', '§3.4.2a', ?, '测试', '银行', '6222000000000001', ?, ?, ?, 'MONTHLY',
                NULL, 'LIVE', '{}', ?)""");
          PreparedStatement period = connection.prepareStatement("""
              INSERT INTO entitlement_period (entitlement_id, period, amount) VALUES (?, ?, ?)""");
          PreparedStatement range = connection.prepareStatement("""
              INSERT INTO payment_range (payment_id, entitlement_id, first_period, last_period) VALUES (?, ?, ?, ?)""");
          PreparedStatement payment = connection.prepareStatement("""
              INSERT INTO payment (id, batch_id, entitlement_id, amount, first_period, last_period, status)
              VALUES (?, ?, ?, ?, ?, ?, ?)""");
          PreparedStatement batch = connection.prepareStatement("""
              INSERT INTO disbursement_batch (id, scheme, period, status, collected_at)
              VALUES (?, 'childcare-subsidy', ?, 'CONFIRMED', ?)""")) {
        for (int month = 1; month <= 12; month++) {
          batch.setLong(1, month);
          batch.setString(2, String.format("%d-%02d", YEAR, month));
          batch.setTimestamp(3, Timestamp.valueOf(LocalDateTime.of(YEAR, month, 1, 2, 0)));
          batch.addBatch();
        }
        batch.executeBatch();
        long ids = 100;
        for (int i = 0; i < CASES; i++) {
          String number = String.format("YE-%d-%06d", YEAR, i);
          String caseType = CASE_TYPES[i % 3];
          String division = DIVISIONS[random.nextInt(DIVISIONS.length)];
          String status = STATUSES[random.nextInt(STATUSES.length)];
          LocalDateTime received = LocalDateTime.of(YEAR, 1, 1, 8, 0).plusMinutes(random.nextInt(330 * 24 * 60));
          long handling = 3600L + random.nextInt(30 * 86_400);
          application.setString(1, number);
          application.setString(2, caseType);
          application.setString(3, status);
          application.setString(4, division);
          application.setTimestamp(5, Timestamp.valueOf(received));
          application.setTimestamp(6, Timestamp.valueOf(received.plusSeconds(handling)));
          application.setString(7, status.equals("REJECTED") ? "不符合条件" + random.nextInt(5) : null);
          application.setLong(8, handling);
          application.addBatch();
          for (int step = 0; step < 2; step++) {
            long created = handling * step / 2;
            long claimed = created + random.nextInt(3600);
            long ended = handling * (step + 1) / 2;
            task.setString(1, "task-" + i + "-" + step);
            task.setString(2, "process-" + i);
            task.setString(3, number);
            task.setString(4, caseType);
            task.setString(5, step == 0 ? "Task_Verify" : "Task_Review");
            task.setString(6, step == 0 ? "核实" : "审核");
            task.setString(7, "district-health-" + division);
            task.setString(8, division);
            task.setTimestamp(9, Timestamp.valueOf(received.plusSeconds(created)));
            task.setTimestamp(10, Timestamp.valueOf(received.plusSeconds(created).plusDays(15)));
            task.setTimestamp(11, Timestamp.valueOf(received.plusSeconds(Math.min(claimed, ended))));
            task.setTimestamp(12, Timestamp.valueOf(received.plusSeconds(ended)));
            task.setLong(13, ended - created);
            task.setLong(14, ended - Math.min(claimed, ended));
            task.addBatch();
          }
          if (caseType.equals("childcare-subsidy") && status.equals("GRANTED")) {
            long entitlementId = ++ids;
            entitlement.setLong(1, entitlementId);
            entitlement.setString(2, number);
            entitlement.setString(3, String.format("B%017d", i));
            entitlement.setString(4, division);
            entitlement.setString(5, YEAR + "-01");
            entitlement.setString(6, (YEAR + 2) + "-12");
            entitlement.setTimestamp(7, Timestamp.valueOf(received));
            entitlement.addBatch();
            for (int month = 7; month <= 12; month++) {
              long paymentId = ++ids;
              String yearMonth = String.format("%d-%02d", YEAR, month);
              boolean paid = random.nextInt(50) != 0;
              payment.setLong(1, paymentId);
              payment.setLong(2, month);
              payment.setLong(3, entitlementId);
              payment.setBigDecimal(4, new BigDecimal("500.00"));
              payment.setString(5, yearMonth);
              payment.setString(6, yearMonth);
              payment.setString(7, paid ? "PAID" : "FAILED");
              payment.addBatch();
              period.setLong(1, entitlementId);
              period.setString(2, yearMonth);
              period.setBigDecimal(3, new BigDecimal("500.00"));
              period.addBatch();
              range.setLong(1, paymentId);
              range.setLong(2, entitlementId);
              range.setString(3, yearMonth);
              range.setString(4, yearMonth);
              range.addBatch();
            }
          }
          if (i % 1000 == 999) {
            application.executeBatch();
            task.executeBatch();
            entitlement.executeBatch();
            payment.executeBatch();
            period.executeBatch();
            range.executeBatch();
            connection.commit();
          }
        }
        application.executeBatch();
        task.executeBatch();
        entitlement.executeBatch();
        payment.executeBatch();
        period.executeBatch();
        range.executeBatch();
        connection.commit();
      }
      try (var statistics = connection.createStatement()) {
        statistics.execute("ANALYZE");
      }
      connection.commit();
    }
  }

  private static long usedHeapMiB() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
  }

  private static long peakHeapMiB() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
  }
}
