package cn.harbin.fertility.nursery;

import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.Finding;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code nursery_report} and its children: each nursery's monthly enrolment reports. */
@Repository
public class NurseryReports {

  public enum Status {
    AWAITED,
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    LOST,
    /** Awaited when the recognition was withdrawn from a day within or before it: no longer to be reported. */
    WITHDRAWN
  }

  /** A month of a nursery, as the nursery and the district see it. */
  public record Report(String applicationNumber, String creditCode, YearMonth month, Status status,
      Instant submittedAt, Integer countedChildren, BigDecimal amount) {}

  /** A reported child with what the checks found and whether it counted. */
  public record ReportedChildRow(EnrolledChild child, List<Finding> findings, Boolean counted) {}

  private final JdbcClient jdbc;

  public NurseryReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void open(String applicationNumber, String creditCode, YearMonth month) {
    jdbc.sql("""
            INSERT INTO nursery_report (application_number, credit_code, report_month, status)
            VALUES (:number, :code, :month, 'AWAITED')""")
        .param("number", applicationNumber).param("code", creditCode).param("month", month.toString()).update();
  }

  public boolean exists(String creditCode, YearMonth month) {
    return jdbc.sql("SELECT COUNT(*) FROM nursery_report WHERE credit_code = :code AND report_month = :month")
        .param("code", creditCode).param("month", month.toString()).query(Long.class).single() > 0;
  }

  public Optional<Report> find(String applicationNumber) {
    return jdbc.sql("SELECT * FROM nursery_report WHERE application_number = :number")
        .param("number", applicationNumber).query(NurseryReports::report).optional();
  }

  public Optional<Report> find(String creditCode, YearMonth month) {
    return jdbc.sql("SELECT * FROM nursery_report WHERE credit_code = :code AND report_month = :month")
        .param("code", creditCode).param("month", month.toString()).query(NurseryReports::report).optional();
  }

  public Optional<YearMonth> lastAcceptedMonth(String creditCode) {
    return jdbc.sql("SELECT MAX(report_month) FROM nursery_report WHERE credit_code = :code AND status = 'ACCEPTED'")
        .param("code", creditCode).query(String.class).optional().map(YearMonth::parse);
  }

  /** The nursery's months still awaited that its recognition, ending the day before {@code from}, does not cover. */
  public List<String> awaitedFrom(String creditCode, LocalDate from) {
    return jdbc.sql("""
            SELECT application_number FROM nursery_report
            WHERE credit_code = :code AND status = 'AWAITED' AND report_month >= :month ORDER BY report_month""")
        .param("code", creditCode).param("month", YearMonth.from(from).toString()).query(String.class).list();
  }

  /** A nursery's months, the latest first. */
  public List<Report> of(String creditCode) {
    return jdbc.sql("SELECT * FROM nursery_report WHERE credit_code = :code ORDER BY report_month DESC")
        .param("code", creditCode).query(NurseryReports::report).list();
  }

  /**
   * The children of an awaited month, all of them or none.
   *
   * @return false when the month no longer waits for a report (submitted meanwhile, or lost)
   */
  public boolean submit(String applicationNumber, List<EnrolledChild> children, Instant at) {
    int updated = jdbc.sql("""
            UPDATE nursery_report SET status = 'SUBMITTED', submitted_at = :at
            WHERE application_number = :number AND status = 'AWAITED'""")
        .param("at", Timestamp.from(at)).param("number", applicationNumber).update();
    if (updated == 0) {
      return false;
    }
    for (EnrolledChild child : children) {
      jdbc.sql("""
              INSERT INTO nursery_report_child (application_number, line, child_id_number, child_name, enrolled_from,
                enrolled_to)
              VALUES (:number, :line, :id, :name, :from, :to)""")
          .params(Map.of("number", applicationNumber, "line", child.line(), "id", child.idNumber(),
              "name", child.name(), "from", Date.valueOf(child.enrolledFrom()), "to", Date.valueOf(child.enrolledTo())))
          .update();
    }
    return true;
  }

  public List<ReportedChildRow> children(String applicationNumber) {
    return jdbc.sql("SELECT * FROM nursery_report_child WHERE application_number = :number ORDER BY line")
        .param("number", applicationNumber)
        .query((row, n) -> new ReportedChildRow(new EnrolledChild(row.getInt("line"), row.getString("child_id_number"),
            row.getString("child_name"), row.getDate("enrolled_from").toLocalDate(),
            row.getDate("enrolled_to").toLocalDate()), findings(row.getString("findings")),
            (Boolean) row.getObject("counted")))
        .list();
  }

  public void recordFindings(String applicationNumber, int line, List<Finding> findings) {
    jdbc.sql("UPDATE nursery_report_child SET findings = :findings WHERE application_number = :number AND line = :line")
        .param("findings", findings.stream().map(Finding::name).collect(Collectors.joining(",")))
        .param("number", applicationNumber).param("line", line).update();
  }

  /** The other reports of the month still under review that name one of this report's children. */
  public List<String> othersReportingTheSameChildren(String applicationNumber) {
    return jdbc.sql("""
            SELECT DISTINCT other.application_number
            FROM nursery_report_child mine
              JOIN nursery_report mine_report ON mine_report.application_number = mine.application_number
              JOIN nursery_report_child theirs ON theirs.child_id_number = mine.child_id_number
              JOIN nursery_report other ON other.application_number = theirs.application_number
            WHERE mine.application_number = :number AND other.application_number <> :number
              AND other.report_month = mine_report.report_month AND other.status = 'SUBMITTED'""")
        .param("number", applicationNumber).query(String.class).list();
  }

  /** Whether another nursery reported this child for this month (awaiting its review or accepted). */
  public boolean reportedElsewhere(String applicationNumber, String childIdNumber, YearMonth month) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM nursery_report_child c JOIN nursery_report r ON r.application_number = c.application_number
            WHERE c.child_id_number = :child AND r.report_month = :month AND r.application_number <> :number
              AND r.status IN ('SUBMITTED', 'ACCEPTED')""")
        .param("child", childIdNumber).param("month", month.toString()).param("number", applicationNumber)
        .query(Long.class).single() > 0;
  }

  /** Whether another nursery's month already counts this child. */
  public boolean countedElsewhere(String applicationNumber, String childIdNumber, YearMonth month) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM nursery_child_month
            WHERE child_id_number = :child AND report_month = :month AND application_number <> :number""")
        .param("child", childIdNumber).param("month", month.toString()).param("number", applicationNumber)
        .query(Long.class).single() > 0;
  }

  /**
   * Counts the child for this month here, unless another nursery's month counts it already. Two districts accepting
   * the same child at the same moment: the primary key of {@code nursery_child_month} refuses the second, whose
   * acceptance then fails as a whole and is done again.
   *
   * @return whether the child counts here
   */
  public boolean count(String applicationNumber, String childIdNumber, YearMonth month) {
    return jdbc.sql("""
            INSERT INTO nursery_child_month (child_id_number, report_month, application_number)
            SELECT :child, :month, :number WHERE NOT EXISTS (
              SELECT 1 FROM nursery_child_month WHERE child_id_number = :child AND report_month = :month)""")
        .param("child", childIdNumber).param("month", month.toString()).param("number", applicationNumber)
        .update() == 1;
  }

  public void recordCounted(String applicationNumber, int line, boolean counted) {
    jdbc.sql("UPDATE nursery_report_child SET counted = :counted WHERE application_number = :number AND line = :line")
        .param("counted", counted).param("number", applicationNumber).param("line", line).update();
  }

  public void accept(String applicationNumber, int countedChildren, BigDecimal amount) {
    jdbc.sql("UPDATE nursery_report SET status = 'ACCEPTED', counted_children = :children, amount = :amount "
            + "WHERE application_number = :number")
        .param("children", countedChildren).param("amount", amount).param("number", applicationNumber).update();
  }

  /** @return whether the month still awaited its report and is now withdrawn (not submitted meanwhile) */
  public boolean withdraw(String applicationNumber) {
    return jdbc.sql("UPDATE nursery_report SET status = 'WITHDRAWN' WHERE application_number = :number"
            + " AND status = 'AWAITED'")
        .param("number", applicationNumber).update() == 1;
  }

  public void close(String applicationNumber, Status status) {
    jdbc.sql("UPDATE nursery_report SET status = :status WHERE application_number = :number")
        .param("status", status.name()).param("number", applicationNumber).update();
  }

  private static List<Finding> findings(String names) {
    return names == null || names.isBlank() ? List.of()
        : Arrays.stream(names.split(",")).map(Finding::valueOf).toList();
  }

  private static Report report(ResultSet row, int rowNumber) throws SQLException {
    Timestamp submitted = row.getTimestamp("submitted_at");
    return new Report(row.getString("application_number"), row.getString("credit_code"),
        YearMonth.parse(row.getString("report_month")), Status.valueOf(row.getString("status")),
        submitted == null ? null : submitted.toInstant(), (Integer) row.getObject("counted_children"),
        row.getBigDecimal("amount"));
  }
}
