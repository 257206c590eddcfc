package cn.harbin.fertility.supervision;

import cn.harbin.fertility.common.TimeConfiguration;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases of a past year written into the application's tables as the application writes them, with chosen times,
 * outcomes, tasks and payments: the figures a test expects are computed from these lists, not by the dashboard's
 * queries. Ids are drawn from a high range so that they never meet the application's own.
 */
final class SupervisionSeed {

  record SeededCase(String number, String caseType, String division, String status, String reason,
      LocalDateTime received, LocalDateTime decided) {

    Long handlingSeconds() {
      return decided == null ? null : java.time.Duration.between(received, decided).toSeconds();
    }
  }

  record SeededTask(String id, String caseNumber, String processKey, String taskKey, String name, String group,
      String division, LocalDateTime created, LocalDateTime claimed, LocalDateTime ended, LocalDateTime due) {

    Long createToComplete() {
      return ended == null ? null : java.time.Duration.between(created, ended).toSeconds();
    }

    Long claimToComplete() {
      return ended == null || claimed == null ? null : java.time.Duration.between(claimed, ended).toSeconds();
    }
  }

  record SeededPayment(String caseNumber, String scheme, String division, String period, BigDecimal amount,
      boolean paid) {}

  private static final AtomicLong IDS = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000 * 100);

  final List<SeededCase> cases = new ArrayList<>();
  final List<SeededTask> tasks = new ArrayList<>();
  final List<SeededPayment> payments = new ArrayList<>();
  private final JdbcClient jdbc;
  private final String prefix;

  SupervisionSeed(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.prefix = "S" + (IDS.get() % 1_000_000);
  }

  SeededCase application(String caseType, String division, String status, String reason, LocalDateTime received,
      LocalDateTime decided) {
    SeededCase seeded = new SeededCase(prefix + "-" + IDS.incrementAndGet(), caseType, division, status, reason,
        received, decided);
    jdbc.sql("""
            INSERT INTO application (application_number, case_type, channel, status, applicant_id_number,
              applicant_name, division_code, submission_digest, received_at, decided_at, outcome_reason_zh,
              handling_seconds)
            VALUES (:number, :type, 'ONLINE', :status, '230102199203150124', '测试', :division, 'seed', :received,
              :decided, :reason, :seconds)""")
        .param("number", seeded.number()).param("type", caseType).param("status", status)
        .param("division", division).param("received", time(received)).param("decided", time(decided))
        .param("reason", reason).param("seconds", seeded.handlingSeconds(), java.sql.Types.BIGINT).update();
    cases.add(seeded);
    return seeded;
  }

  SeededTask task(SeededCase owner, String taskKey, String name, String group, LocalDateTime created,
      LocalDateTime claimed, LocalDateTime ended, LocalDateTime due) {
    SeededTask seeded = new SeededTask("seed-" + IDS.incrementAndGet(), owner.number(), owner.caseType(), taskKey,
        name, group, owner.division(), created, claimed, ended, due);
    jdbc.sql("""
            INSERT INTO task_record (task_id, process_instance_id, business_key, process_key, task_key, task_name,
              group_id, division_code, created_at, due_at, claimed_at, ended_at, outcome, create_to_complete_seconds,
              claim_to_complete_seconds)
            VALUES (:id, :process, :number, :processKey, :taskKey, :name, :group, :division, :created, :due, :claimed,
              :ended, :outcome, :createSeconds, :claimSeconds)""")
        .param("id", seeded.id()).param("process", "process-" + owner.number()).param("number", owner.number())
        .param("processKey", owner.caseType()).param("taskKey", taskKey).param("name", name).param("group", group)
        .param("division", owner.division()).param("created", time(created)).param("due", time(due))
        .param("claimed", time(claimed)).param("ended", time(ended))
        .param("outcome", ended == null ? null : "COMPLETED", java.sql.Types.VARCHAR)
        .param("createSeconds", seeded.createToComplete(), java.sql.Types.BIGINT)
        .param("claimSeconds", seeded.claimToComplete(), java.sql.Types.BIGINT).update();
    tasks.add(seeded);
    return seeded;
  }

  /** A live monthly entitlement of the case, owing {@code amount} for the period, paid or refused in that month's run. */
  void payment(SeededCase owner, String scheme, String period, BigDecimal amount, boolean paid) {
    long entitlement = IDS.incrementAndGet();
    long batch = IDS.incrementAndGet();
    long payment = IDS.incrementAndGet();
    jdbc.sql("""
            INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
              bank_name, bank_account, division_code, first_period, last_period, frequency, amount, status,
              parameters_used, granted_at)
            VALUES (:id, :number, :scheme, '§test', :beneficiary, '测试', '银行', '6222000000000001', :division, :period,
              :period, 'MONTHLY', NULL, 'LIVE', '{}', :granted)""")
        .param("id", entitlement).param("number", owner.number()).param("scheme", scheme)
        .param("beneficiary", "seed" + entitlement % 100_000_000_000_000L).param("division", owner.division())
        .param("period", period).param("granted", time(owner.received())).update();
    jdbc.sql("INSERT INTO disbursement_batch (id, scheme, period, status, collected_at) VALUES (:id, :scheme, :period, 'CONFIRMED', :at)")
        .param("id", batch).param("scheme", scheme).param("period", period).param("at", time(owner.received())).update();
    jdbc.sql("""
            INSERT INTO payment (id, batch_id, entitlement_id, amount, first_period, last_period, status)
            VALUES (:id, :batch, :entitlement, :amount, :period, :period, :status)""")
        .param("id", payment).param("batch", batch).param("entitlement", entitlement).param("amount", amount)
        .param("period", period).param("status", paid ? "PAID" : "FAILED").update();
    jdbc.sql("INSERT INTO entitlement_period (entitlement_id, period, amount) VALUES (:entitlement, :period, :amount)")
        .param("entitlement", entitlement).param("period", period).param("amount", amount).update();
    jdbc.sql("""
            INSERT INTO payment_range (payment_id, entitlement_id, first_period, last_period)
            VALUES (:payment, :entitlement, :period, :period)""")
        .param("payment", payment).param("entitlement", entitlement).param("period", period).update();
    payments.add(new SeededPayment(owner.number(), scheme, owner.division(), period, amount, paid));
  }

  /** An overdue task escalated to supervisors, as the escalation timer records it. */
  void escalation(SeededTask task) {
    jdbc.sql("""
            INSERT INTO escalation (id, business_key, task_name, group_id, due_at, escalated_at)
            VALUES (:id, :number, :name, :group, :due, :due)""")
        .param("id", IDS.incrementAndGet()).param("number", task.caseNumber()).param("name", task.name())
        .param("group", task.group()).param("due", time(task.due())).update();
  }

  private static Timestamp time(LocalDateTime time) {
    return time == null ? null : Timestamp.from(time.atZone(TimeConfiguration.HARBIN).toInstant());
  }
}
