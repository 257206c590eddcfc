package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.Migrations;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V16 turns the months each payment held one by one into ranges: every month keeps its state and its payment, a
 * range never spans a month its payment did not hold (another payment's, or one missing), and each entitlement's
 * {@code owed_from} is its first month no payment holds.
 */
abstract class PaymentRangeMigrationContract {

  /** A new, empty database. */
  abstract DataSource emptyDatabase();

  @Test
  void everyMonthKeepsItsPaymentAndStateAsRangesReplaceTheMonthsPaymentNumbers() throws SQLException {
    DataSource dataSource = emptyDatabase();
    Migrations.migrate(dataSource, "15");
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("""
            INSERT INTO disbursement_batch (id, scheme, period, status, collected_at)
            VALUES (1, 'childcare-subsidy', '2025-06', 'CONFIRMED', CURRENT_TIMESTAMP)""").update();
    entitlement(jdbc, 1, "MONTHLY", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
    held(jdbc, 10, 1, "PAID", "2025-01", "2025-02", "2025-03");
    held(jdbc, 11, 1, "PENDING", "2025-04", "2025-05");
    entitlement(jdbc, 2, "MONTHLY", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
    held(jdbc, 20, 2, "PAID", "2025-01", "2025-02", "2025-04", "2025-05");
    held(jdbc, 21, 2, "PENDING", "2025-03");
    entitlement(jdbc, 3, "YEARLY", "2025-01", "2026-01");
    held(jdbc, 30, 3, "PAID", "2025-01", "2026-01");
    entitlement(jdbc, 4, "MONTHLY", "2025-01", "2025-02", "2025-04");
    held(jdbc, 40, 4, "PAID", "2025-01", "2025-02", "2025-04");
    entitlement(jdbc, 5, "MONTHLY", "2025-01", "2025-02");
    held(jdbc, 50, 5, "FAILED");
    List<String> before = states(jdbc);

    Migrations.migrate(dataSource, "16");

    assertThat(states(jdbc)).as("each month's state and payment").isEqualTo(before);
    assertThat(jdbc.sql("""
            SELECT payment_id || ' ' || first_period || '–' || last_period FROM payment_range
            ORDER BY payment_id, first_period""").query(String.class).list()).containsExactly(
        "10 2025-01–2025-03", "11 2025-04–2025-05",
        "20 2025-01–2025-02", "20 2025-04–2025-05", "21 2025-03–2025-03",
        "30 2025-01–2026-01",
        "40 2025-01–2025-02", "40 2025-04–2025-04");
    assertThat(jdbc.sql("SELECT id || ' ' || owed_from FROM entitlement ORDER BY id").query(String.class).list())
        .as("the first month still due, or the last when none is")
        .containsExactly("1 2025-06", "2 2025-06", "3 2026-01", "4 2025-04", "5 2025-01");
  }

  private static List<String> states(JdbcClient jdbc) {
    return jdbc.sql("""
            SELECT entitlement_id || ' ' || period || ' ' || status || ' '
              || COALESCE(CAST(payment_id AS VARCHAR(20)), '-')
            FROM entitlement_period_state ORDER BY entitlement_id, period""").query(String.class).list();
  }

  private static void entitlement(JdbcClient jdbc, long id, String frequency, String... periods) {
    jdbc.sql("""
            INSERT INTO application (application_number, case_type, channel, status, applicant_id_number,
              applicant_name, division_code, submission_digest, received_at)
            VALUES (:n, 'childcare-subsidy', 'ONLINE', 'GRANTED', '230102199001011234', '申请人', '230102', 'digest',
              CURRENT_TIMESTAMP)""")
        .param("n", "YE-" + id).update();
    jdbc.sql("""
            INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
              bank_name, bank_account, division_code, first_period, last_period, frequency, amount, status,
              parameters_used, granted_at)
            VALUES (:id, :n, 'childcare-subsidy', '§3.4.2a', '230102202401011234', '父母', '银行', '6222000000000000',
              '230102', :first, NULL, :frequency, 500.00, 'LIVE', '', CURRENT_TIMESTAMP)""")
        .param("id", id).param("n", "YE-" + id).param("first", periods[0]).param("frequency", frequency).update();
    for (String period : periods) {
      jdbc.sql("INSERT INTO entitlement_period (entitlement_id, period, amount) VALUES (:id, :period, 500.00)")
          .param("id", id).param("period", period).update();
    }
  }

  /** A payment holding the months, as collections before V16 recorded it: each month naming its payment. */
  private static void held(JdbcClient jdbc, long paymentId, long entitlementId, String status, String... periods) {
    jdbc.sql("""
            INSERT INTO payment (id, batch_id, entitlement_id, amount, first_period, last_period, status)
            VALUES (:id, 1, :entitlement, :amount, '2025-01', '2025-01', :status)""")
        .param("id", paymentId).param("entitlement", entitlementId).param("amount", 500 * periods.length)
        .param("status", status).update();
    for (String period : periods) {
      jdbc.sql("UPDATE entitlement_period SET payment_id = :p WHERE entitlement_id = :e AND period = :period")
          .param("p", paymentId).param("e", entitlementId).param("period", period).update();
    }
  }
}
