package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.IdentityNumber;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What an applicant sees of the entitlements of their case: each period owed with its amount and where its payment
 * stands (the batch, the day the bank's result was recorded), and each earlier attempt that failed and why.
 * Identity numbers masked.
 */
@Repository
public class EntitlementStatements {

  /** @param lastPeriod null for an open-ended entitlement; amount null while the city has set no standard */
  public record Statement(long id, String scheme, String clause, String maskedBeneficiary, String payeeName,
      String maskedBankAccount, Entitlements.Frequency frequency, BigDecimal amount, YearMonth firstPeriod,
      YearMonth lastPeriod, Entitlements.Status status, List<Period> periods) {

    /**
     * What one period pays now: an open-ended entitlement's latest, a fixed schedule's next to be paid (or its last),
     * which a raised standard may have changed since the first.
     */
    public BigDecimal rate() {
      if (amount != null || periods.isEmpty()) {
        return amount;
      }
      return periods.stream().filter(period -> !"PAID".equals(period.status())).findFirst()
          .orElse(periods.get(periods.size() - 1)).amount();
    }

    /** An open-ended entitlement whose scheme has no standard yet: granted, nothing paid. */
    public boolean awaitingStandard() {
      return amount == null && lastPeriod == null;
    }

    public BigDecimal total() {
      return periods.stream().map(Period::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * @param status DUE (not yet in a batch, or due again after a failure), IN_BATCH or PAID
   * @param batchId the batch that pays or paid it, if any
   * @param paidAt when the bank's result was recorded, for a paid period
   */
  public record Period(YearMonth period, BigDecimal amount, String status, Long batchId, Instant paidAt,
      List<FailedAttempt> failedAttempts) {}

  public record FailedAttempt(long batchId, String reason, Instant recordedAt) {}

  private record FailedPayment(long batchId, YearMonth from, YearMonth to, String reason, Instant recordedAt) {}

  private final JdbcClient jdbc;

  public EntitlementStatements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Statement> of(String applicationNumber) {
    return jdbc.sql("""
            SELECT id, scheme, clause, beneficiary_id_number, payee_name, bank_account, frequency, amount,
              first_period, last_period, status
            FROM entitlement WHERE application_number = :number ORDER BY id""")
        .param("number", applicationNumber)
        .query((row, n) -> new Statement(row.getLong("id"), row.getString("scheme"), row.getString("clause"),
            IdentityNumber.parse(row.getString("beneficiary_id_number")).map(IdentityNumber::masked).orElse("****"),
            row.getString("payee_name"), maskedAccount(row.getString("bank_account")),
            Entitlements.Frequency.valueOf(row.getString("frequency")), row.getBigDecimal("amount"),
            YearMonth.parse(row.getString("first_period")),
            row.getString("last_period") == null ? null : YearMonth.parse(row.getString("last_period")),
            Entitlements.Status.valueOf(row.getString("status")), List.of()))
        .list().stream()
        .map(statement -> withPeriods(statement))
        .toList();
  }

  private Statement withPeriods(Statement statement) {
    // A failed payment's months are its ranges (another payment may have paid a month between two of them); one
    // that failed before V16 has none, and its first and last month stand for them.
    List<FailedPayment> failures = jdbc.sql("""
            SELECT p.batch_id, COALESCE(r.first_period, p.first_period) AS first_period,
              COALESCE(r.last_period, p.last_period) AS last_period, p.failure_reason, p.settled_at
            FROM payment p LEFT JOIN payment_range r ON r.payment_id = p.id
            WHERE p.entitlement_id = :id AND p.status = 'FAILED' ORDER BY p.id, r.first_period""")
        .param("id", statement.id())
        .query((row, n) -> new FailedPayment(row.getLong("batch_id"), YearMonth.parse(row.getString("first_period")),
            YearMonth.parse(row.getString("last_period")), row.getString("failure_reason"),
            instant(row.getTimestamp("settled_at"))))
        .list();
    List<Period> periods = jdbc.sql("""
            SELECT ep.period, ep.amount, ep.status, p.batch_id, p.settled_at
            FROM entitlement_period_state ep LEFT JOIN payment p ON p.id = ep.payment_id
            WHERE ep.entitlement_id = :id ORDER BY ep.period""")
        .param("id", statement.id())
        .query((row, n) -> {
          YearMonth period = YearMonth.parse(row.getString("period"));
          String status = row.getString("status");
          Long batch = row.getObject("batch_id") == null ? null : row.getLong("batch_id");
          return new Period(period, row.getBigDecimal("amount"), status, batch,
              "PAID".equals(status) ? instant(row.getTimestamp("settled_at")) : null,
              failures.stream().filter(failed -> !period.isBefore(failed.from()) && !period.isAfter(failed.to()))
                  .map(failed -> new FailedAttempt(failed.batchId(), failed.reason(), failed.recordedAt())).toList());
        })
        .list();
    return new Statement(statement.id(), statement.scheme(), statement.clause(), statement.maskedBeneficiary(),
        statement.payeeName(), statement.maskedBankAccount(), statement.frequency(), statement.amount(),
        statement.firstPeriod(), statement.lastPeriod(), statement.status(), periods);
  }

  /** The last four digits only, as banks print them. */
  static String maskedAccount(String account) {
    return "****" + lastDigits(account);
  }

  static String lastDigits(String account) {
    return account == null || account.length() < 4 ? "" : account.substring(account.length() - 4);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
