package cn.harbin.fertility.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code application} and {@code live_claim} tables, shared by every case type. */
@Repository
public class ApplicationRecords {

  private final JdbcClient jdbc;
  private final Sequences sequences;

  public ApplicationRecords(JdbcClient jdbc, Sequences sequences) {
    this.jdbc = jdbc;
    this.sequences = sequences;
  }

  /** A new application number such as {@code YE-2026-000123}. */
  public String nextNumber(String prefix, LocalDate received) {
    return String.format("%s-%d-%06d", prefix, received.getYear(), sequences.next("application_number_seq"));
  }

  public void insert(ApplicationRecord record) {
    jdbc.sql("""
            INSERT INTO application (application_number, case_type, channel, status, applicant_id_number,
              applicant_name, division_code, submission_digest, received_at)
            VALUES (:number, :caseType, :channel, :status, :applicantIdNumber, :applicantName, :divisionCode,
              :digest, :receivedAt)""")
        .param("number", record.applicationNumber())
        .param("caseType", record.caseType())
        .param("channel", record.channel().name())
        .param("status", record.status().name())
        .param("applicantIdNumber", record.applicantIdNumber())
        .param("applicantName", record.applicantName())
        .param("divisionCode", record.divisionCode())
        .param("digest", record.submissionDigest())
        .param("receivedAt", Timestamp.from(record.receivedAt()))
        .update();
  }

  public Optional<ApplicationRecord> find(String applicationNumber) {
    return jdbc.sql("SELECT * FROM application WHERE application_number = :number")
        .param("number", applicationNumber)
        .query(ApplicationRecords::map)
        .optional();
  }

  /** Every case where this identity number with this phone is a party ({@code case_party}), newest first. */
  public List<ApplicationRecord> ofParty(String idNumber, String phone) {
    return jdbc.sql("""
            SELECT * FROM application WHERE application_number IN (
              SELECT application_number FROM case_party WHERE id_number = :id AND phone = :phone)
            ORDER BY received_at DESC, application_number DESC""")
        .param("id", idNumber).param("phone", phone)
        .query(ApplicationRecords::map)
        .list();
  }

  /** The case, if this identity number with this phone is a party of it. */
  public Optional<ApplicationRecord> findForParty(String applicationNumber, String idNumber, String phone) {
    return jdbc.sql("""
            SELECT * FROM application WHERE application_number = :number AND EXISTS (
              SELECT 1 FROM case_party p WHERE p.application_number = :number AND p.id_number = :id
                AND p.phone = :phone)""")
        .param("number", applicationNumber).param("id", idNumber).param("phone", phone)
        .query(ApplicationRecords::map)
        .optional();
  }

  /**
   * Takes the one live claim on a subject for this application.
   *
   * @throws DuplicateKeyException when another application holds it, even one committed a moment ago
   */
  public void claim(String claimKey, String applicationNumber) {
    jdbc.sql("INSERT INTO live_claim (claim_key, application_number) VALUES (:key, :number)")
        .param("key", claimKey).param("number", applicationNumber).update();
  }

  public Optional<String> liveClaimHolder(String claimKey) {
    return jdbc.sql("SELECT application_number FROM live_claim WHERE claim_key = :key")
        .param("key", claimKey).query(String.class).optional();
  }

  public void releaseClaim(String claimKey) {
    jdbc.sql("DELETE FROM live_claim WHERE claim_key = :key").param("key", claimKey).update();
  }

  public void releaseClaims(String applicationNumber) {
    jdbc.sql("DELETE FROM live_claim WHERE application_number = :number").param("number", applicationNumber).update();
  }

  /**
   * The outcome and its reason, and how long the case took from receipt to decision.
   *
   * @return the record as it was before
   */
  public ApplicationRecord decide(String applicationNumber, ApplicationRecord.Status status, String reasonZh,
      String reasonEn, Instant decidedAt) {
    ApplicationRecord before = find(applicationNumber).orElseThrow();
    Instant receivedAt = before.receivedAt();
    jdbc.sql("""
            UPDATE application SET status = :status, outcome_reason_zh = :reasonZh, outcome_reason_en = :reasonEn,
              decided_at = :decidedAt, handling_seconds = :seconds
            WHERE application_number = :number""")
        .param("status", status.name())
        .param("reasonZh", reasonZh)
        .param("reasonEn", reasonEn)
        .param("decidedAt", Timestamp.from(decidedAt))
        .param("seconds", Math.max(0, Duration.between(receivedAt, decidedAt).toSeconds()))
        .param("number", applicationNumber)
        .update();
    return before;
  }

  private static ApplicationRecord map(ResultSet row, int rowNumber) throws SQLException {
    Timestamp decidedAt = row.getTimestamp("decided_at");
    return new ApplicationRecord(
        row.getString("application_number"),
        row.getString("case_type"),
        ApplicationRecord.Channel.valueOf(row.getString("channel")),
        ApplicationRecord.Status.valueOf(row.getString("status")),
        row.getString("applicant_id_number"),
        row.getString("applicant_name"),
        row.getString("division_code"),
        row.getString("submission_digest"),
        row.getTimestamp("received_at").toInstant(),
        decidedAt == null ? null : decidedAt.toInstant(),
        row.getString("outcome_reason_zh"),
        row.getString("outcome_reason_en"));
  }
}
