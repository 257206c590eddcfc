package cn.harbin.fertility.supervision;

import cn.harbin.fertility.common.IdentityNumber;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases behind a dashboard figure, newest first, at most {@value #LIMIT}; identity numbers masked. */
@Repository
public class SupervisionCases {

  static final int LIMIT = 500;

  /**
   * @param openAt cases with an open task at this bureau (the backlog), whatever the dates
   * @param decided cases decided within the range; otherwise received within it
   * @param scheme cases with an entitlement of this scheme: live ones, or with {@code period} those owing for that
   *     month ({@code owed}) or paid in that month's run; whatever the dates
   */
  public record Query(SupervisionFilter filter, String openAt, String status, boolean decided, String scheme,
      String period, boolean owed) {

    public Query(SupervisionFilter filter, String openAt, String status, boolean decided) {
      this(filter, openAt, status, decided, null, null, false);
    }
  }

  /** @param processInstanceId and {@code openTaskId} for the Cockpit and Tasklist links, where there are any */
  public record Case(String applicationNumber, String caseType, String divisionCode, String status,
      Instant receivedAt, Instant decidedAt, String maskedApplicant, String processInstanceId, String openTaskId) {}

  private final JdbcClient jdbc;

  public SupervisionCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Case> find(Query query) {
    SupervisionFilter filter = query.filter();
    String when;
    if (query.openAt() != null) {
      when = "a.application_number IN (SELECT t.business_key FROM task_record t WHERE t.outcome IS NULL "
          + "AND t.group_id = :openAt)";
    } else if (query.scheme() != null && query.period() == null) {
      when = "a.application_number IN (SELECT e.application_number FROM entitlement e WHERE e.scheme = :scheme "
          + "AND e.status = 'LIVE')";
    } else if (query.scheme() != null && query.owed()) {
      when = "a.application_number IN (SELECT e.application_number FROM entitlement e JOIN entitlement_period p "
          + "ON p.entitlement_id = e.id WHERE e.scheme = :scheme AND p.period = :period)";
    } else if (query.scheme() != null) {
      when = "a.application_number IN (SELECT e.application_number FROM entitlement e JOIN payment p "
          + "ON p.entitlement_id = e.id JOIN disbursement_batch b ON b.id = p.batch_id WHERE e.scheme = :scheme "
          + "AND b.period = :period AND p.status IN ('PAID', 'FAILED'))";
    } else {
      String column = query.decided() ? "a.decided_at" : "a.received_at";
      when = column + " >= :from AND " + column + " < :to";
    }
    return jdbc.sql("""
            SELECT a.application_number, a.case_type, a.division_code, a.status, a.received_at, a.decided_at,
              a.applicant_id_number,
              (SELECT MIN(t.process_instance_id) FROM task_record t WHERE t.business_key = a.application_number) AS process,
              (SELECT MIN(t.task_id) FROM task_record t WHERE t.business_key = a.application_number AND t.outcome IS NULL) AS task
            FROM (SELECT * FROM application a
                  WHERE %s AND (:caseType IS NULL OR a.case_type = :caseType)
                    AND (:division IS NULL OR a.division_code = :division) AND (:status IS NULL OR a.status = :status)
                  ORDER BY a.received_at DESC, a.application_number DESC
                  FETCH FIRST %d ROWS ONLY) a
            ORDER BY a.received_at DESC, a.application_number DESC""".formatted(when, LIMIT))
        .param("openAt", query.openAt(), java.sql.Types.VARCHAR)
        .param("scheme", query.scheme(), java.sql.Types.VARCHAR)
        .param("period", query.period(), java.sql.Types.VARCHAR)
        .param("from", filter.fromTime()).param("to", filter.toTime())
        .param("caseType", filter.caseType(), java.sql.Types.VARCHAR)
        .param("division", filter.division(), java.sql.Types.VARCHAR)
        .param("status", query.status(), java.sql.Types.VARCHAR)
        .query((row, n) -> new Case(row.getString("application_number"), row.getString("case_type"),
            row.getString("division_code"), row.getString("status"), instant(row.getTimestamp("received_at")),
            instant(row.getTimestamp("decided_at")),
            IdentityNumber.parse(row.getString("applicant_id_number")).map(IdentityNumber::masked).orElse("****"),
            row.getString("process"), row.getString("task")))
        .list();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
