package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.UnifiedSocialCreditCode;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.Recognition;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code nursery}: the register of nurseries, kept by the district health bureaus. */
@Repository
public class Nurseries {

  public enum Status {
    FILED,
    RECOGNISED,
    REFUSED,
    WITHDRAWN
  }

  /** A nursery as registered. */
  public record Nursery(String creditCode, String applicationNumber, String name, String divisionCode,
      String filingNumber, LocalDate filingDate, String contactName, String contactIdNumber, String contactPhone,
      String bankName, String bankAccount, Status status, LocalDate recognisedFrom, LocalDate recognisedTo,
      String statusReason) {

    public Recognition recognition() {
      return new Recognition(recognisedFrom, recognisedTo);
    }
  }

  private final JdbcClient jdbc;

  public Nurseries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A new filing, or a nursery refused or withdrawn before filing again: FILED under the new case. The days of an
   * earlier recognition stay until a new one replaces them, so that its months still under review are judged by it.
   */
  public void file(String applicationNumber, NurseryFiling filing) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", creditCode(filing.creditCode()));
    values.put("number", applicationNumber);
    values.put("name", filing.nurseryName().strip());
    values.put("division", filing.divisionCode().strip());
    values.put("filingNumber", filing.filingNumber().strip());
    values.put("filingDate", Date.valueOf(filing.filingDate()));
    values.put("contactName", filing.contactName().strip());
    values.put("contactId", filing.contactIdNumber().strip().toUpperCase());
    values.put("contactPhone", filing.contactPhone().strip());
    values.put("bankName", filing.bankName().strip());
    values.put("bankAccount", filing.bankAccount().replace(" ", ""));
    int updated = jdbc.sql("""
            UPDATE nursery SET application_number = :number, name = :name, division_code = :division,
              filing_number = :filingNumber, filing_date = :filingDate, contact_name = :contactName,
              contact_id_number = :contactId, contact_phone = :contactPhone, bank_name = :bankName,
              bank_account = :bankAccount, status = 'FILED', status_reason = NULL
            WHERE credit_code = :code""").params(values).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO nursery (credit_code, application_number, name, division_code, filing_number, filing_date,
                contact_name, contact_id_number, contact_phone, bank_name, bank_account, status)
              VALUES (:code, :number, :name, :division, :filingNumber, :filingDate, :contactName, :contactId,
                :contactPhone, :bankName, :bankAccount, 'FILED')""").params(values).update();
    }
  }

  public void recognise(String creditCode, LocalDate from) {
    jdbc.sql("UPDATE nursery SET status = 'RECOGNISED', recognised_from = :from, recognised_to = NULL, "
            + "status_reason = NULL WHERE credit_code = :code")
        .param("from", Date.valueOf(from)).param("code", creditCode).update();
  }

  public void refuse(String creditCode, String reason) {
    jdbc.sql("UPDATE nursery SET status = 'REFUSED', status_reason = :reason WHERE credit_code = :code")
        .param("reason", reason).param("code", creditCode).update();
  }

  /** Recognised until the day before {@code from}. */
  public void withdraw(String creditCode, LocalDate from, String reason) {
    jdbc.sql("UPDATE nursery SET status = 'WITHDRAWN', recognised_to = :lastDay, status_reason = :reason "
            + "WHERE credit_code = :code")
        .param("lastDay", Date.valueOf(from.minusDays(1))).param("reason", reason).param("code", creditCode).update();
  }

  /** The nursery, its row locked until the transaction ends (one of its months is being accepted). */
  public Nursery lock(String creditCode) {
    return jdbc.sql("SELECT * FROM nursery WHERE credit_code = :code FOR UPDATE").param("code", creditCode)
        .query(Nurseries::nursery).single();
  }

  public Optional<Nursery> find(String creditCode) {
    return jdbc.sql("SELECT * FROM nursery WHERE credit_code = :code").param("code", creditCode)
        .query(Nurseries::nursery).optional();
  }

  /** The nurseries the person with this identity number and phone is the contact of. */
  public List<Nursery> ofContact(String idNumber, String phone) {
    return jdbc.sql("SELECT * FROM nursery WHERE contact_id_number = :id AND contact_phone = :phone ORDER BY name")
        .param("id", idNumber).param("phone", phone).query(Nurseries::nursery).list();
  }

  static String creditCode(String typed) {
    return UnifiedSocialCreditCode.parse(typed).orElseThrow().value();
  }

  private static Nursery nursery(ResultSet row, int rowNumber) throws SQLException {
    return new Nursery(row.getString("credit_code"), row.getString("application_number"), row.getString("name"),
        row.getString("division_code"), row.getString("filing_number"), row.getDate("filing_date").toLocalDate(),
        row.getString("contact_name"), row.getString("contact_id_number"), row.getString("contact_phone"),
        row.getString("bank_name"), row.getString("bank_account"), Status.valueOf(row.getString("status")),
        localDate(row.getDate("recognised_from")), localDate(row.getDate("recognised_to")),
        row.getString("status_reason"));
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
