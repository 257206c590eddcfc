package cn.harbin.fertility.bench;

import cn.harbin.fertility.common.DatabaseProduct;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.Sequences;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.payments.BankFile;
import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.payments.IdBlock;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.DatedRates;
import cn.harbin.fertility.policy.InMemoryPolicyParameters;
import cn.harbin.fertility.support.Migrations;
import cn.harbin.fertility.support.ParallelJobs;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The monthly disbursement at the scale of issue 14, as {@link DisbursementBenchmark} (PostgreSQL) and
 * {@link DisbursementOnH2Benchmark} run it: 100,000 live childcare entitlements of 500 CNY a month from 2025-01 to 2027-12
 * loaded into the application's tables (3.6 million periods), priced with the seeded standard. Then every step of a
 * run as the process's jobs run them, a step's blocks of ids on three threads: the first collection up to 2026-11 (2.3
 * million periods of arrears), the bank file written to a stream, the bank's result with 100 failed payments and the
 * settlement of the rest (every payee told), and the next month's collection and settlement (on PostgreSQL after a
 * vacuum, as the month between two runs gives autovacuum). Prints the time and the heap of each; asserts nothing about
 * time.
 */
final class DisbursementRun {

  private static final int ENTITLEMENTS = 100_000;
  private static final int FAILED_PAYMENTS = 100;
  private static final YearMonth FIRST = YearMonth.of(2025, 1);
  private static final YearMonth RUN = YearMonth.of(2026, 11);
  private static final YearMonth LAST = YearMonth.of(2027, 12);
  private static final double GOAL_S = 10;
  /** The job executor's threads, as application.yaml sets them (camunda.bpm.job-execution.max-pool-size). */
  private static final int JOB_THREADS = Integer.getInteger("bench.jobThreads", 3);

  private static String label;

  private DisbursementRun() {}

  /**
   * Migrates the database and loads the entitlements: on PostgreSQL as a dump is restored ({@link PostgresBulkLoad}),
   * on H2 in JDBC batches as the application writes its rows.
   */
  static void migrateAndLoad(HikariDataSource dataSource, String database) throws Exception {
    Migrations.migrate(dataSource);
    long loading = System.nanoTime();
    if (new DatabaseProduct(dataSource).isPostgres()) {
      PostgresBulkLoad.into(new JdbcTemplate(dataSource), List.of("application", "entitlement", "entitlement_period"),
          () -> load(dataSource));
    } else {
      load(dataSource);
      JdbcClient.create(dataSource).sql("ANALYZE").update();
    }
    System.out.printf("[bench] disbursement on %s: loaded %,d entitlements with %,d periods in %.1f s"
        + " (then analysed, as autovacuum would)%n", database,
        ENTITLEMENTS, (long) ENTITLEMENTS * (FIRST.until(LAST, ChronoUnit.MONTHS) + 1),
        (System.nanoTime() - loading) / 1e9);
  }

  static void run(HikariDataSource dataSource, String database) throws Exception {
    label = "disbursement on " + database + " (" + JOB_THREADS + " job threads)";
    Clock clock = Clock.fixed(RUN.atEndOfMonth().atStartOfDay(TimeConfiguration.HARBIN).toInstant(),
        TimeConfiguration.HARBIN);
    JdbcClient jdbc = JdbcClient.create(dataSource);
    DatabaseProduct product = new DatabaseProduct(dataSource);
    Sequences sequences = new Sequences(dataSource, product);
    Disbursements disbursements = new Disbursements(new JdbcTemplate(dataSource),
        new DataSourceTransactionManager(dataSource), sequences,
        new Entitlements(new JdbcTemplate(dataSource), sequences, InMemoryPolicyParameters.seeded()), clock,
        new Notifications(new JdbcTemplate(dataSource), clock, messages()), new SimpleMeterRegistry());

    long batchId = disbursements.open("childcare-subsidy", RUN);
    Disbursements.Summary batch = measure("first collection (arrears since 2025-01)", GOAL_S,
        () -> collect(disbursements, batchId));
    System.out.printf("[bench] " + label + ":   %,d payments, %s CNY%n", batch.paymentCount(),
        batch.total().toPlainString());
    disbursements.approveForExport(batchId, "finance");
    CountingStream bankFile = new CountingStream();
    measure("bank file written", GOAL_S, () -> {
      try (BankFile file = new BankFile(new BufferedWriter(new OutputStreamWriter(bankFile, StandardCharsets.UTF_8)))) {
        disbursements.forEachPayment(batchId, file::add);
      }
      return null;
    });
    System.out.printf("[bench] " + label + ":   %,d bytes%n", bankFile.bytes);
    Map<Long, String> failed = new LinkedHashMap<>();
    jdbc.sql("SELECT id FROM payment WHERE batch_id = :batch ORDER BY id FETCH FIRST :n ROWS ONLY")
        .param("batch", batchId).param("n", FAILED_PAYMENTS).query(Long.class).list()
        .forEach(id -> failed.put(id, "账户已销户"));
    measure("bank result recorded (" + FAILED_PAYMENTS + " failed) and the rest settled", GOAL_S, () -> {
      disbursements.recordBankResult(batchId, failed, "finance");
      settle(disbursements, batchId);
      return null;
    });
    System.out.printf("[bench] " + label + ":   %,d payees told%n",
        jdbc.sql("SELECT COUNT(*) FROM notification").query(Long.class).single());

    if (product.isPostgres()) {
      // A month passes between two runs: autovacuum has long cleaned what the settlement left behind.
      jdbc.sql("VACUUM ANALYZE").update();
    }
    long nextId = disbursements.open("childcare-subsidy", RUN.plusMonths(1));
    Disbursements.Summary next = measure("next month's collection", GOAL_S, () -> collect(disbursements, nextId));
    System.out.printf("[bench] " + label + ":   %,d payments, %s CNY%n", next.paymentCount(),
        next.total().toPlainString());
    disbursements.approveForExport(nextId, "finance");
    measure("next month's bank result recorded and settled", GOAL_S, () -> {
      disbursements.recordBankResult(nextId, Map.of(), "finance");
      settle(disbursements, nextId);
      return null;
    });
  }

  private static Disbursements.Summary collect(Disbursements disbursements, long batchId) throws Exception {
    ParallelJobs.run(disbursements.collectionBlocks(batchId), JOB_THREADS,
        block -> disbursements.collectDue(batchId, block));
    return disbursements.closeCollection(batchId);
  }

  private static void settle(Disbursements disbursements, long batchId) throws Exception {
    ParallelJobs.run(disbursements.settlementBlocks(batchId), JOB_THREADS,
        block -> disbursements.settle(batchId, IdBlock.numbered(block)));
  }

  private interface Step<T> {
    T run() throws Exception;
  }

  /** Runs the step once, printing its time and the heap it used, with the ratio of the goal to the time. */
  private static <T> T measure(String name, double goalSeconds, Step<T> step) throws Exception {
    System.gc();
    long heapBefore = usedHeapMiB();
    long started = System.nanoTime();
    T result;
    long peak;
    try (HeapSampler heap = new HeapSampler()) {
      result = step.run();
      peak = heap.peakMiB();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("[bench] %s: %s in %.1f s (goal %.0f s: ratio %.2f); heap in use %d MiB before, at most %d MiB"
        + " during (max %d MiB)%n", label, name, seconds, goalSeconds, goalSeconds / seconds, heapBefore, peak,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return result;
  }

  static HikariDataSource dataSource(String url, String user) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername(user);
    dataSource.setPassword("");
    return dataSource;
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    return messages;
  }

  /** The bank's end of the stream: counts what arrives and keeps nothing. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /** Applications, entitlements and their periods, in batches, as the application writes them. */
  private static void load(HikariDataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Timestamp granted = Timestamp.valueOf(FIRST.atDay(15).atStartOfDay());
      try (PreparedStatement application = connection.prepareStatement("""
              INSERT INTO application (application_number, case_type, channel, status, applicant_id_number,
                applicant_name, division_code, submission_digest, received_at, decided_at)
              VALUES (?, 'childcare-subsidy', 'ONLINE', 'GRANTED', ?, '王芳', '230102', 'bench', ?, ?)""");
          PreparedStatement entitlement = connection.prepareStatement("""
              INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
                bank_name, bank_account, division_code, first_period, last_period, frequency, amount, rate, priced_with,
                status, parameters_used, granted_at)
              VALUES (?, ?, 'childcare-subsidy', '§3.4.2a', ?, '王芳', '中国工商银行', '6222020100010001001', '230102',
                ?, ?, 'MONTHLY', NULL, ?, ?, 'LIVE', '', ?)""");
          PreparedStatement period = connection.prepareStatement(
              "INSERT INTO entitlement_period (entitlement_id, period, amount) VALUES (?, ?, ?)")) {
        BigDecimal monthly = new BigDecimal("500.00");
        String rate = ChildcareSubsidyParameters.monthlyAmountRate(2);
        String pricing = new DatedRates(InMemoryPolicyParameters.seeded()).pricing(rate);
        for (int number = 1; number <= ENTITLEMENTS; number++) {
          String applicationNumber = String.format("YE-2025-%06d", number);
          String child = IdentityNumber.of("230102", LocalDate.of(2024, 1, 1).plusDays(number / 998 % 700),
              number % 998 + 1).value();
          application.setString(1, applicationNumber);
          application.setString(2, child);
          application.setTimestamp(3, granted);
          application.setTimestamp(4, granted);
          application.addBatch();
          entitlement.setLong(1, 10_000_000L + number);
          entitlement.setString(2, applicationNumber);
          entitlement.setString(3, child);
          entitlement.setString(4, FIRST.toString());
          entitlement.setString(5, LAST.toString());
          entitlement.setString(6, rate);
          entitlement.setString(7, pricing);
          entitlement.setTimestamp(8, granted);
          entitlement.addBatch();
          for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            period.setLong(1, 10_000_000L + number);
            period.setString(2, month.toString());
            period.setBigDecimal(3, monthly);
            period.addBatch();
          }
          if (number % 2_000 == 0) {
            application.executeBatch();
            entitlement.executeBatch();
            period.executeBatch();
            connection.commit();
          }
        }
        application.executeBatch();
        entitlement.executeBatch();
        period.executeBatch();
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not load the entitlements", e);
    }
  }

  private static long usedHeapMiB() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  /** The most heap in use while a step runs, sampled every 20 ms (garbage not yet collected included). */
  private static final class HeapSampler implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(usedHeapMiB(), Math::max);
        try {
          Thread.sleep(20);
        } catch (InterruptedException stop) {
          return;
        }
      }
    });

    HeapSampler() {
      sampler.setDaemon(true);
      sampler.start();
    }

    long peakMiB() {
      return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
      sampler.interrupt();
      sampler.join();
    }
  }

}
