package cn.harbin.fertility.supervision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every figure of the supervisors' dashboard, each one query over the application's tables and {@code task_record}
 * (indexed for these questions), narrowed by a {@link SupervisionFilter}. Percentiles are computed by the database
 * ({@code PERCENTILE_CONT}, which H2 and PostgreSQL both have) over whole seconds.
 */
@Repository
public class SupervisionFigures {

  /** Open tasks of one bureau in one division. */
  public record Backlog(String groupId, String divisionCode, long open, long overdue, Instant oldestSince,
      long escalations) {}

  /** Cases received and decided in the week starting on {@code monday}. */
  public record Week(LocalDate monday, long started, long finished) {}

  /** Median and 90th percentile of one step, in seconds; claim figures only for tasks that were claimed. */
  public record StepTime(String caseType, String taskKey, String taskName, String divisionCode, long completed,
      Double createToCompleteMedian, Double createToComplete90, Double claimToCompleteMedian,
      Double claimToComplete90) {}

  /** Median and 90th percentile of whole cases, receipt to decision, in seconds. */
  public record CaseTime(String caseType, String divisionCode, long decided, Double median, Double p90) {}

  /** How many cases ended so; for rejections, per reason. */
  public record Outcome(String caseType, String status, String reason, long cases) {}

  /** Live entitlements of a scheme in a division, and what they owe per period (null awaiting a standard). */
  public record LiveEntitlements(String scheme, String divisionCode, long live, BigDecimal perPeriod,
      long awaitingStandard) {}

  /** What the entitlements owe for a month, paid or not. */
  public record Committed(String period, String scheme, BigDecimal amount) {}

  /** What the bank paid (or refused) in a month's runs, per division and scheme. */
  public record Paid(String period, String divisionCode, String scheme, long payments, BigDecimal amount,
      long failed, BigDecimal failedAmount) {}

  /** Applications received in the range, by case type and where they stand now. */
  public record Received(String divisionCode, String caseType, String status, long cases) {}

  /** People with an entitlement that owes something for a month of the range. */
  public record Beneficiaries(String divisionCode, String scheme, long people) {}

  /**
   * An inclusive nursery's months of the range (§3.3.2): accepted, still under review, the children counted
   * (child-months), the amount accepted and the amount paid so far.
   */
  public record NurseryMonths(String divisionCode, String name, String creditCode, long acceptedMonths,
      long underReview, long childMonths, BigDecimal accepted, BigDecimal paid) {}

  /** Tasks created in the range that were, or are, past their due date. */
  public record Overdue(String divisionCode, String caseType, long tasks) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public SupervisionFigures(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<Backlog> backlog(SupervisionFilter filter) {
    return narrowed(filter, """
            SELECT t.group_id, t.division_code, COUNT(*) AS open_tasks,
              SUM(CASE WHEN t.due_at < :now THEN 1 ELSE 0 END) AS overdue, MIN(t.created_at) AS oldest,
              (SELECT COUNT(*) FROM escalation e WHERE e.group_id = t.group_id) AS escalations
            FROM task_record t
            WHERE t.outcome IS NULL AND (:caseType IS NULL OR t.process_key = :caseType)
              AND (:division IS NULL OR t.division_code = :division)
            GROUP BY t.group_id, t.division_code
            ORDER BY overdue DESC, open_tasks DESC, t.group_id""")
        .param("now", Timestamp.from(clock.instant()))
        .query((row, n) -> new Backlog(row.getString("group_id"), row.getString("division_code"),
            row.getLong("open_tasks"), row.getLong("overdue"), row.getTimestamp("oldest").toInstant(),
            row.getLong("escalations")))
        .list();
  }

  /** The 12 weeks (Monday to Sunday) up to the one holding {@code filter.to()}. */
  public List<Week> flow(SupervisionFilter filter) {
    LocalDate lastMonday = filter.to().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Week> weeks = new ArrayList<>();
    for (int back = 11; back >= 0; back--) {
      LocalDate monday = lastMonday.minusWeeks(back);
      SupervisionFilter week = new SupervisionFilter(monday, monday.plusDays(6), filter.caseType(), filter.division());
      weeks.add(new Week(monday, countApplications(week, "received_at"), countApplications(week, "decided_at")));
    }
    return weeks;
  }

  private long countApplications(SupervisionFilter filter, String timeColumn) {
    return narrowed(filter, "SELECT COUNT(*) FROM application WHERE " + timeColumn + " >= :from AND " + timeColumn
            + " < :to AND (:caseType IS NULL OR case_type = :caseType) AND (:division IS NULL OR division_code = :division)")
        .param("from", filter.fromTime()).param("to", filter.toTime())
        .query(Long.class).single();
  }

  /** Steps completed within the range. */
  public List<StepTime> stepTimes(SupervisionFilter filter) {
    return narrowed(filter, """
            SELECT process_key, task_key, MIN(task_name) AS task_name, division_code, COUNT(*) AS completed,
              PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY create_to_complete_seconds) AS create_median,
              PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY create_to_complete_seconds) AS create_p90,
              PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY claim_to_complete_seconds) AS claim_median,
              PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY claim_to_complete_seconds) AS claim_p90
            FROM task_record
            WHERE outcome = 'COMPLETED' AND ended_at >= :from AND ended_at < :to
              AND (:caseType IS NULL OR process_key = :caseType) AND (:division IS NULL OR division_code = :division)
            GROUP BY process_key, task_key, division_code
            ORDER BY process_key, task_key, division_code""")
        .param("from", filter.fromTime()).param("to", filter.toTime())
        .query((row, n) -> new StepTime(row.getString("process_key"), row.getString("task_key"),
            row.getString("task_name"), row.getString("division_code"), row.getLong("completed"),
            number(row.getObject("create_median")), number(row.getObject("create_p90")),
            number(row.getObject("claim_median")), number(row.getObject("claim_p90"))))
        .list();
  }

  /** Cases decided within the range, per case type and division. */
  public List<CaseTime> caseTimes(SupervisionFilter filter) {
    return caseTimes(filter, true);
  }

  /** Cases decided within the range, per case type over every division the filter leaves. */
  public List<CaseTime> caseTimesPerType(SupervisionFilter filter) {
    return caseTimes(filter, false);
  }

  private List<CaseTime> caseTimes(SupervisionFilter filter, boolean perDivision) {
    String division = perDivision ? "division_code" : "CAST(NULL AS VARCHAR(6))";
    return narrowed(filter, """
            SELECT case_type, %s AS division_code, COUNT(*) AS decided,
              PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY handling_seconds) AS median,
              PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY handling_seconds) AS p90
            FROM application
            WHERE decided_at >= :from AND decided_at < :to AND handling_seconds IS NOT NULL
              AND (:caseType IS NULL OR case_type = :caseType) AND (:division IS NULL OR division_code = :division)
            GROUP BY case_type%s
            ORDER BY case_type%s""".formatted(division, perDivision ? ", division_code" : "",
            perDivision ? ", division_code" : ""))
        .param("from", filter.fromTime()).param("to", filter.toTime())
        .query((row, n) -> new CaseTime(row.getString("case_type"), row.getString("division_code"),
            row.getLong("decided"), number(row.getObject("median")), number(row.getObject("p90"))))
        .list();
  }

  /** Cases decided within the range, by outcome; rejections by their reason. */
  public List<Outcome> outcomes(SupervisionFilter filter) {
    return narrowed(filter, """
            SELECT case_type, status, CASE WHEN status = 'REJECTED' THEN outcome_reason_zh END AS reason,
              COUNT(*) AS cases
            FROM application
            WHERE decided_at >= :from AND decided_at < :to
              AND (:caseType IS NULL OR case_type = :caseType) AND (:division IS NULL OR division_code = :division)
            GROUP BY case_type, status, CASE WHEN status = 'REJECTED' THEN outcome_reason_zh END
            ORDER BY case_type, status, cases DESC""")
        .param("from", filter.fromTime()).param("to", filter.toTime())
        .query((row, n) -> new Outcome(row.getString("case_type"), row.getString("status"), row.getString("reason"),
            row.getLong("cases")))
        .list();
  }

  /** Entitlements live now, whatever the date range. */
  public List<LiveEntitlements> liveEntitlements(SupervisionFilter filter) {
    return narrowed(filter, """
            SELECT e.scheme, e.division_code, COUNT(*) AS live, SUM(e.amount) AS per_period,
              SUM(CASE WHEN e.rate IS NOT NULL AND e.amount IS NULL AND e.last_period IS NULL THEN 1 ELSE 0 END)
                AS awaiting
            FROM entitlement e JOIN application a ON a.application_number = e.application_number
            WHERE e.status = 'LIVE' AND (:caseType IS NULL OR a.case_type = :caseType)
              AND (:division IS NULL OR e.division_code = :division)
            GROUP BY e.scheme, e.division_code
            ORDER BY e.scheme, e.division_code""")
        .query((row, n) -> new LiveEntitlements(row.getString("scheme"), row.getString("division_code"),
            row.getLong("live"), row.getBigDecimal("per_period"), row.getLong("awaiting")))
        .list();
  }

  /** What the entitlements owe for each month of the range. */
  public List<Committed> committed(SupervisionFilter filter) {
    return narrowed(filter, """
            SELECT p.period, e.scheme, SUM(p.amount) AS amount
            FROM entitlement_period p JOIN entitlement e ON e.id = p.entitlement_id
              JOIN application a ON a.application_number = e.application_number
            WHERE p.period >= :fromPeriod AND p.period <= :toPeriod
              AND (:caseType IS NULL OR a.case_type = :caseType) AND (:division IS NULL OR e.division_code = :division)
            GROUP BY p.period, e.scheme
            ORDER BY p.period, e.scheme""")
        .param("fromPeriod", filter.fromPeriod()).param("toPeriod", filter.toPeriod())
        .query((row, n) -> new Committed(row.getString("period"), row.getString("scheme"), row.getBigDecimal("amount")))
        .list();
  }

  /** Each nursery's months of the range, per division (a nursery is in the division of its district bureau). */
  public List<NurseryMonths> nurseries(SupervisionFilter filter) {
    return narrowed(filter, """
            SELECT n.division_code, n.name, n.credit_code,
              SUM(CASE WHEN r.status = 'ACCEPTED' THEN 1 ELSE 0 END) AS accepted_months,
              SUM(CASE WHEN r.status = 'SUBMITTED' THEN 1 ELSE 0 END) AS under_review,
              COALESCE(SUM(r.counted_children), 0) AS child_months, COALESCE(SUM(r.amount), 0) AS accepted,
              (SELECT COALESCE(SUM(p.amount), 0)
               FROM entitlement_period_state p JOIN entitlement e ON e.id = p.entitlement_id
               WHERE e.beneficiary_id_number = n.credit_code AND e.scheme = 'nursery-operating-subsidy'
                 AND p.status = 'PAID' AND p.period >= :fromPeriod AND p.period <= :toPeriod) AS paid
            FROM nursery n JOIN nursery_report r ON r.credit_code = n.credit_code
            WHERE r.report_month >= :fromPeriod AND r.report_month <= :toPeriod
              AND (:caseType IS NULL OR :caseType = 'nursery-operating-subsidy')
              AND (:division IS NULL OR n.division_code = :division)
            GROUP BY n.division_code, n.name, n.credit_code
            ORDER BY n.division_code, n.name""")
        .param("fromPeriod", filter.fromPeriod()).param("toPeriod", filter.toPeriod())
        .query((row, n) -> new NurseryMonths(row.getString("division_code"), row.getString("name"),
            row.getString("credit_code"), row.getLong("accepted_months"), row.getLong("under_review"),
            row.getLong("child_months"), row.getBigDecimal("accepted"), row.getBigDecimal("paid")))
        .list();
  }

  /** Payments of the runs of each month of the range whose bank result is recorded. */
  public List<Paid> paid(SupervisionFilter filter) {
    return narrowed(filter, """
            SELECT b.period, e.division_code, b.scheme,
              SUM(CASE WHEN p.status = 'PAID' THEN 1 ELSE 0 END) AS payments,
              SUM(CASE WHEN p.status = 'PAID' THEN p.amount ELSE 0 END) AS amount,
              SUM(CASE WHEN p.status = 'FAILED' THEN 1 ELSE 0 END) AS failed,
              SUM(CASE WHEN p.status = 'FAILED' THEN p.amount ELSE 0 END) AS failed_amount
            FROM payment p JOIN disbursement_batch b ON b.id = p.batch_id
              JOIN entitlement e ON e.id = p.entitlement_id
              JOIN application a ON a.application_number = e.application_number
            WHERE p.status IN ('PAID', 'FAILED') AND b.period >= :fromPeriod AND b.period <= :toPeriod
              AND (:caseType IS NULL OR a.case_type = :caseType) AND (:division IS NULL OR e.division_code = :division)
            GROUP BY b.period, e.division_code, b.scheme
            ORDER BY b.period, e.division_code, b.scheme""")
        .param("fromPeriod", filter.fromPeriod()).param("toPeriod", filter.toPeriod())
        .query((row, n) -> new Paid(row.getString("period"), row.getString("division_code"), row.getString("scheme"),
            row.getLong("payments"), row.getBigDecimal("amount"), row.getLong("failed"),
            row.getBigDecimal("failed_amount")))
        .list();
  }

  /**
   * Applications received in the range by case type and status: per division, or over every division the filter
   * leaves when {@code perDivision} is false (division then null).
   */
  public List<Received> received(SupervisionFilter filter, boolean perDivision) {
    return narrowed(filter, """
            SELECT %s AS division_code, case_type, status, COUNT(*) AS cases FROM application
            WHERE received_at >= :from AND received_at < :to
              AND (:caseType IS NULL OR case_type = :caseType) AND (:division IS NULL OR division_code = :division)
            GROUP BY %s case_type, status ORDER BY case_type, status""".formatted(divisionColumn(perDivision, "division_code"),
            perDivision ? "division_code," : ""))
        .param("from", filter.fromTime()).param("to", filter.toTime())
        .query((row, n) -> new Received(row.getString("division_code"), row.getString("case_type"),
            row.getString("status"), row.getLong("cases")))
        .list();
  }

  /** People with an entitlement owing for a month of the range, per scheme (and division, see {@link #received}). */
  public List<Beneficiaries> beneficiaries(SupervisionFilter filter, boolean perDivision) {
    return narrowed(filter, """
            SELECT %s AS division_code, e.scheme, COUNT(DISTINCT e.beneficiary_id_number) AS people
            FROM entitlement e JOIN application a ON a.application_number = e.application_number
            WHERE EXISTS (SELECT 1 FROM entitlement_period p WHERE p.entitlement_id = e.id
                AND p.period >= :fromPeriod AND p.period <= :toPeriod)
              AND (:caseType IS NULL OR a.case_type = :caseType) AND (:division IS NULL OR e.division_code = :division)
            GROUP BY %s e.scheme ORDER BY e.scheme""".formatted(divisionColumn(perDivision, "e.division_code"),
            perDivision ? "e.division_code," : ""))
        .param("fromPeriod", filter.fromPeriod()).param("toPeriod", filter.toPeriod())
        .query((row, n) -> new Beneficiaries(row.getString("division_code"), row.getString("scheme"),
            row.getLong("people")))
        .list();
  }

  /** Tasks created in the range that were, or are, past their due date (per division, see {@link #received}). */
  public List<Overdue> overdue(SupervisionFilter filter, boolean perDivision) {
    return narrowed(filter, """
            SELECT %s AS division_code, process_key, COUNT(*) AS tasks FROM task_record
            WHERE created_at >= :from AND created_at < :to AND due_at IS NOT NULL
              AND (ended_at > due_at OR (ended_at IS NULL AND due_at < :now))
              AND (:caseType IS NULL OR process_key = :caseType) AND (:division IS NULL OR division_code = :division)
            GROUP BY %s process_key ORDER BY process_key""".formatted(divisionColumn(perDivision, "division_code"),
            perDivision ? "division_code," : ""))
        .param("from", filter.fromTime()).param("to", filter.toTime()).param("now", Timestamp.from(clock.instant()))
        .query((row, n) -> new Overdue(row.getString("division_code"), row.getString("process_key"),
            row.getLong("tasks")))
        .list();
  }

  private static String divisionColumn(boolean perDivision, String column) {
    return perDivision ? column : "CAST(NULL AS VARCHAR(6))";
  }

  /** The statement with the filter's case type and division bound (null: every one). */
  private JdbcClient.StatementSpec narrowed(SupervisionFilter filter, String sql) {
    return jdbc.sql(sql).param("caseType", filter.caseType(), java.sql.Types.VARCHAR)
        .param("division", filter.division(), java.sql.Types.VARCHAR);
  }

  private static Double number(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}
