package cn.harbin.fertility.bench;

import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.Sequences;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.payments.Entitlements;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The monthly disbursement's collection at the scale of issue 14: 100,000 live childcare entitlements of 500 CNY a
 * month from 2025-01 to 2027-12, written into the application's tables as the application writes them (3.6 million
 * periods), then one collection of everything due up to 2026-11 (2.3 million periods) in one transaction, as the
 * disbursement process runs it, on an H2 file. Prints the time and the heap; asserts nothing about time.
 * {@code mvn -Pbench test -Dtest=DisbursementBenchmark}.
 */
@Tag("bench")
class DisbursementBenchmark {

  private static final int ENTITLEMENTS = 100_000;
  private static final YearMonth FIRST = YearMonth.of(2025, 1);
  private static final YearMonth RUN = YearMonth.of(2026, 11);
  private static final YearMonth LAST = YearMonth.of(2027, 12);
  private static final double GOAL_COLLECTION_S = 10;

  @Test
  void collecting100000EntitlementsOwedSince2025() throws Exception {
    Path h2 = Path.of("target", "bench", "disbursement");
    FileSystemUtils.deleteRecursively(h2);
    Files.createDirectories(h2);
    try (HikariDataSource dataSource = new HikariDataSource()) {
      dataSource.setJdbcUrl("jdbc:h2:file:" + h2.toAbsolutePath() + "/harbin;WRITE_DELAY=0");
      dataSource.setUsername("sa");
      dataSource.setPassword("");
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
      long loading = System.nanoTime();
      load(dataSource);
      System.out.printf("[bench] disbursement: loaded %,d entitlements with %,d periods in %.1f s%n", ENTITLEMENTS,
          (long) ENTITLEMENTS * (FIRST.until(LAST, java.time.temporal.ChronoUnit.MONTHS) + 1),
          (System.nanoTime() - loading) / 1e9);
      Clock clock = Clock.fixed(RUN.atDay(1).atStartOfDay(TimeConfiguration.HARBIN).toInstant(),
          TimeConfiguration.HARBIN);
      JdbcClient jdbc = JdbcClient.create(dataSource);
      Sequences sequences = new Sequences(dataSource);
      Disbursements disbursements = new Disbursements(new JdbcTemplate(dataSource),
          new DataSourceTransactionManager(dataSource), sequences, new Entitlements(jdbc, sequences), clock,
          new Notifications(jdbc, sequences, clock, new StaticMessageSource()), new SimpleMeterRegistry());
      TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
      System.gc();
      long heapBefore = usedHeapMiB();
      resetPeaks();
      long collecting = System.nanoTime();
      Disbursements.Batch batch = transaction.execute(status -> disbursements.collect("childcare-subsidy", RUN));
      double seconds = (System.nanoTime() - collecting) / 1e9;
      System.out.printf("[bench] disbursement: collected %,d payments, %s CNY, in %.1f s (goal %.0f s: ratio %.2f);"
              + " heap %d MiB before, peak %d MiB%n", batch.payments().size(), batch.total().toPlainString(), seconds,
          GOAL_COLLECTION_S, GOAL_COLLECTION_S / seconds, heapBefore, peakHeapMiB());
    }
  }

  /** Applications, entitlements and their periods, in batches, as the application writes them. */
  private static void load(HikariDataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Timestamp granted = Timestamp.valueOf(FIRST.atDay(15).atStartOfDay());
      try (PreparedStatement application = connection.prepareStatement("""
              INSERT INTO application (application_number, case_type, channel, status, applicant_id_number,
                applicant_name, division_code, submission_digest, received_at, decided_at)
              VALUES (?, 'childcare-subsidy', 'ONLINE', 'GRANTED', ?, '王芳', '230102', 'bench', ?, ?)""");
          PreparedStatement entitlement = connection.prepareStatement("""
              INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
                bank_name, bank_account, division_code, first_period, last_period, frequency, amount, status,
                parameters_used, granted_at)
              VALUES (?, ?, 'childcare-subsidy', '§3.4.2a', ?, '王芳', '中国工商银行', '6222020100010001001', '230102',
                ?, ?, 'MONTHLY', NULL, 'LIVE', '', ?)""");
          PreparedStatement period = connection.prepareStatement(
              "INSERT INTO entitlement_period (entitlement_id, period, amount, status) VALUES (?, ?, ?, 'DUE')")) {
        BigDecimal monthly = new BigDecimal("500.00");
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
          entitlement.setTimestamp(6, granted);
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
    }
  }

  private static long usedHeapMiB() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeapMiB() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
  }
}
