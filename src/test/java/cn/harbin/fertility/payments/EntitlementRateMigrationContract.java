package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import cn.harbin.fertility.support.Migrations;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V15 gives the entitlements granted before it the rate their amounts were read from, so that a database upgraded in
 * service goes on paying its families, at the standard in force each month; a one-off amount gets none.
 */
abstract class EntitlementRateMigrationContract {

  /** A new, empty database. */
  abstract DataSource emptyDatabase();

  @Test
  void everyEntitlementPricedByTheMonthGetsTheRateItsAmountsWereReadFrom() throws SQLException {
    DataSource dataSource = emptyDatabase();
    Migrations.migrate(dataSource, "13");
    JdbcClient jdbc = JdbcClient.create(dataSource);
    family(jdbc, "TF-1", "URBAN", false);
    family(jdbc, "TF-2", "RURAL", true);
    entitlement(jdbc, 1, "TF-1", "special-assistance", null);
    entitlement(jdbc, 2, "TF-2", "special-assistance", null);
    entitlement(jdbc, 3, "TF-1", "reward-assistance", null);
    entitlement(jdbc, 4, "TF-1", "nursing-subsidy", null);
    entitlement(jdbc, 5, "TF-2", "special-assistance", "2025-06");
    childcareClaim(jdbc, "YE-1", 3);
    entitlement(jdbc, 6, "YE-1", "childcare-subsidy", "2027-05");
    entitlement(jdbc, 7, "YE-1", "national-childcare-subsidy", "2027-05");
    entitlement(jdbc, 8, "YE-1", "home-purchase-subsidy", "2025-06");

    Migrations.migrate(dataSource, "15");

    Map<Long, String> rates = jdbc.sql("SELECT id, COALESCE(rate, '-') AS rate FROM entitlement").query().listOfRows()
        .stream().collect(Collectors.toMap(row -> ((Number) row.get("id")).longValue(),
            row -> (String) row.get("rate")));
    assertThat(rates).containsOnly(
        entry(1L, "special-assistance/monthlyAmount.lost.urban"),
        entry(2L, "special-assistance/monthlyAmount.disabled.rural"),
        entry(3L, "reward-assistance/yearlyAmount"),
        entry(4L, "nursing-subsidy/monthlyAmount"),
        entry(5L, "special-assistance/monthlyAmount.disabled.rural"),
        entry(6L, "childcare-subsidy/monthlyAmount.birthOrder3"),
        entry(7L, "national-childcare-subsidy/monthlyAmount"),
        entry(8L, "-"));
    assertThat(jdbc.sql("SELECT id FROM entitlement WHERE priced_with IS NULL ORDER BY id").query(Long.class).list())
        .as("priced anew by the first run").containsExactly(3L, 4L, 6L, 7L, 8L);
    assertThat(jdbc.sql("SELECT id FROM entitlement WHERE priced_with = 'as-granted' ORDER BY id").query(Long.class)
        .list()).as("特别扶助: its unpaid months keep their amounts").containsExactly(1L, 2L, 5L);
  }

  private static void family(JdbcClient jdbc, String number, String household, boolean childLiving) {
    application(jdbc, number, "special-family-assistance");
    jdbc.sql("""
            INSERT INTO special_family_claim (application_number, household, applicant_phone, requested_services,
              bank_name, bank_account)
            VALUES (:n, :household, '13800000000', '', '银行', '6222000000000000')""")
        .param("n", number).param("household", household).update();
    jdbc.sql("""
            INSERT INTO special_family_member (application_number, position, role, name, sex, birth_date, living,
              disability_grade, adopted)
            VALUES (:n, 3, 'CHILD', '子女', 'MALE', DATE '1990-01-01', :living, :grade, FALSE)""")
        .param("n", number).param("living", childLiving).param("grade", childLiving ? 2 : null).update();
  }

  private static void childcareClaim(JdbcClient jdbc, String number, int birthOrder) {
    application(jdbc, number, "childcare-subsidy");
    jdbc.sql("""
            INSERT INTO childcare_subsidy_claim (application_number, applicant_phone, applicant_relationship,
              child_name, child_id_number, child_birth_date, birth_order, bank_name, bank_account)
            VALUES (:n, '13800000000', 'MOTHER', '子女', '230102202401011234', DATE '2024-01-01', :order, '银行',
              '6222000000000000')""")
        .param("n", number).param("order", birthOrder).update();
  }

  private static void application(JdbcClient jdbc, String number, String caseType) {
    jdbc.sql("""
            INSERT INTO application (application_number, case_type, channel, status, applicant_id_number,
              applicant_name, division_code, submission_digest, received_at)
            VALUES (:n, :caseType, 'ONLINE', 'GRANTED', '230102196001011234', '申请人', '230102',
              'digest', CURRENT_TIMESTAMP)""")
        .param("n", number).param("caseType", caseType).update();
  }

  private static void entitlement(JdbcClient jdbc, long id, String number, String scheme, String lastPeriod) {
    jdbc.sql("""
            INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
              bank_name, bank_account, division_code, first_period, last_period, frequency, amount, status,
              parameters_used, granted_at)
            VALUES (:id, :n, :scheme, '§3.5', '230102196001011234', '父母', '银行', '6222000000000000', '230102',
              '2025-01', :last, 'MONTHLY', 340.00, 'LIVE', '', CURRENT_TIMESTAMP)""")
        .param("id", id).param("n", number).param("scheme", scheme).param("last", lastPeriod).update();
  }
}
