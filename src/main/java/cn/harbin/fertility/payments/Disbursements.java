package cn.harbin.fertility.payments;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.NotFoundException;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.AfterCommit;
import cn.harbin.fertility.common.Sequences;
import io.micrometer.core.instrument.MeterRegistry;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.NurserySubsidyParameters;
import cn.harbin.fertility.policy.SpecialFamilyParameters;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays entitlements of any scheme in batches: collect what is due up to a month (arrears included), finance
 * approves, the bank file goes out, finance records the bank's result; failed payments are due again next batch.
 * A period is taken by at most one batch at a time (a conditional update), so no month is paid twice, even when
 * two runs for the same month overlap.
 */
@Service
public class Disbursements {

  /** COLLECTED → EXPORTED (approved) → CONFIRMED, or COLLECTED → REJECTED; EMPTY when nothing was due. */
  public enum BatchStatus {
    COLLECTED,
    EMPTY,
    REJECTED,
    EXPORTED,
    CONFIRMED
  }

  public record Payment(long id, String applicationNumber, String payeeName, String bankName, String bankAccount,
      String divisionCode, BigDecimal amount, String firstPeriod, String lastPeriod, String status) {}

  public record Batch(long id, String scheme, YearMonth period, BatchStatus status, List<Payment> payments) {

    public BigDecimal total() {
      return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Totals per division, in the order of the division codes. */
    public Map<HarbinDivision, BigDecimal> totalsByDivision() {
      Map<HarbinDivision, BigDecimal> totals = new TreeMap<>();
      for (Payment payment : payments) {
        totals.merge(HarbinDivision.ofCode(payment.divisionCode()).orElseThrow(), payment.amount(), BigDecimal::add);
      }
      return totals;
    }
  }

  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final Entitlements entitlements;
  private final Clock clock;
  private final Notifications notifications;
  private final MeterRegistry meters;

  public Disbursements(JdbcClient jdbc, Sequences sequences, Entitlements entitlements, Clock clock,
      Notifications notifications, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.entitlements = entitlements;
    this.clock = clock;
    this.notifications = notifications;
    this.meters = meters;
  }

  /** The schemes whose entitlements a disbursement pays, in the order the monthly schedule runs them. */
  public static final List<String> PAYABLE_SCHEMES = List.of(ChildcareSubsidyParameters.SCHEME,
      SpecialFamilyParameters.SPECIAL_ASSISTANCE, SpecialFamilyParameters.REWARD_ASSISTANCE,
      SpecialFamilyParameters.NURSING_SUBSIDY, BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY,
      BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, NurserySubsidyParameters.SCHEME);

  /** A new batch with every period of the scheme's live entitlements that is due up to and including the month. */
  @Transactional
  public Batch collect(String scheme, YearMonth upTo) {
    if (scheme == null || !PAYABLE_SCHEMES.contains(scheme)) {
      String choices = String.join(", ", PAYABLE_SCHEMES);
      throw new InvalidRequestException(List.of(new FieldError("scheme", "请选择要发放的待遇：" + choices,
          "Choose the scheme to pay: " + choices)));
    }
    extendOpenEnded(scheme, upTo);
    long batchId = sequences.next("disbursement_batch_seq");
    jdbc.sql("INSERT INTO disbursement_batch (id, scheme, period, status, collected_at) VALUES (:id, :scheme, :period, :status, :at)")
        .param("id", batchId).param("scheme", scheme).param("period", upTo.toString())
        .param("status", BatchStatus.COLLECTED.name()).param("at", Timestamp.from(clock.instant())).update();
    List<Long> entitlementIds = jdbc.sql("""
            SELECT DISTINCT p.entitlement_id FROM entitlement_period p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE e.scheme = :scheme AND e.status = 'LIVE' AND p.status = 'DUE' AND p.period <= :upTo
            ORDER BY p.entitlement_id""")
        .param("scheme", scheme).param("upTo", upTo.toString()).query(Long.class).list();
    int payments = 0;
    for (long entitlementId : entitlementIds) {
      long paymentId = sequences.next("payment_seq");
      jdbc.sql("""
              INSERT INTO payment (id, batch_id, entitlement_id, amount, first_period, last_period, status)
              VALUES (:id, :batch, :entitlement, 0, '', '', 'PENDING')""")
          .param("id", paymentId).param("batch", batchId).param("entitlement", entitlementId).update();
      int taken = jdbc.sql("""
              UPDATE entitlement_period SET status = 'IN_BATCH', payment_id = :payment
              WHERE entitlement_id = :entitlement AND status = 'DUE' AND period <= :upTo""")
          .param("payment", paymentId).param("entitlement", entitlementId).param("upTo", upTo.toString()).update();
      if (taken == 0) {
        jdbc.sql("DELETE FROM payment WHERE id = :id").param("id", paymentId).update();
        continue;
      }
      jdbc.sql("""
              UPDATE payment SET
                amount = (SELECT SUM(amount) FROM entitlement_period WHERE payment_id = :id),
                first_period = (SELECT MIN(period) FROM entitlement_period WHERE payment_id = :id),
                last_period = (SELECT MAX(period) FROM entitlement_period WHERE payment_id = :id)
              WHERE id = :id""")
          .param("id", paymentId).update();
      payments++;
    }
    if (payments == 0) {
      transition(batchId, BatchStatus.COLLECTED, BatchStatus.EMPTY, null);
    }
    return batch(batchId);
  }

  /**
   * Open-ended entitlements (special families) get their periods as the runs reach them: every month, or every
   * year's January, from the first period up to the run's month. One without an amount (the city's standard not
   * set yet) gets none.
   */
  private void extendOpenEnded(String scheme, YearMonth upTo) {
    record OpenEnded(long id, YearMonth first, String frequency, BigDecimal amount, String latest) {}
    List<OpenEnded> entitlements = jdbc.sql("""
            SELECT e.id, e.first_period, e.frequency, e.amount,
              (SELECT MAX(p.period) FROM entitlement_period p WHERE p.entitlement_id = e.id) AS latest
            FROM entitlement e
            WHERE e.scheme = :scheme AND e.status = 'LIVE' AND e.last_period IS NULL AND e.amount IS NOT NULL""")
        .param("scheme", scheme)
        .query((r, n) -> new OpenEnded(r.getLong("id"), YearMonth.parse(r.getString("first_period")),
            r.getString("frequency"), r.getBigDecimal("amount"), r.getString("latest")))
        .list();
    for (OpenEnded entitlement : entitlements) {
      boolean yearly = entitlement.frequency().equals(Entitlements.Frequency.YEARLY.name());
      YearMonth period = entitlement.latest() != null
          ? next(YearMonth.parse(entitlement.latest()), yearly)
          : yearly ? YearMonth.of(entitlement.first().getYear(), 1) : entitlement.first();
      for (; !period.isAfter(upTo); period = next(period, yearly)) {
        jdbc.sql("INSERT INTO entitlement_period (entitlement_id, period, amount, status) VALUES (:id, :period, :amount, 'DUE')")
            .param("id", entitlement.id()).param("period", period.toString()).param("amount", entitlement.amount())
            .update();
      }
    }
  }

  private static YearMonth next(YearMonth period, boolean yearly) {
    return yearly ? period.plusYears(1) : period.plusMonths(1);
  }

  /** Finance approved the batch; its bank file is from now on what the bank receives. */
  @Transactional
  public void approveForExport(long batchId, String financeUser) {
    transition(batchId, BatchStatus.COLLECTED, BatchStatus.EXPORTED, financeUser);
  }

  /** Finance refused the batch: its periods are due again for the next one. */
  @Transactional
  public void reject(long batchId, String financeUser) {
    transition(batchId, BatchStatus.COLLECTED, BatchStatus.REJECTED, financeUser);
    jdbc.sql("""
            UPDATE entitlement_period SET status = 'DUE', payment_id = NULL
            WHERE payment_id IN (SELECT id FROM payment WHERE batch_id = :batch)""").param("batch", batchId).update();
    jdbc.sql("UPDATE payment SET status = 'CANCELLED' WHERE batch_id = :batch").param("batch", batchId).update();
  }

  /**
   * The bank's result: the listed payments failed (their periods are due again next batch), every other payment of
   * the batch was paid. A fixed schedule whose every month is now paid has ended.
   *
   * @param failedPaymentReasons payment id → the bank's reason
   */
  @Transactional
  public void confirm(long batchId, Map<Long, String> failedPaymentReasons, String financeUser) {
    transition(batchId, BatchStatus.EXPORTED, BatchStatus.CONFIRMED, financeUser);
    Set<Long> inBatch = Set.copyOf(jdbc.sql("SELECT id FROM payment WHERE batch_id = :batch")
        .param("batch", batchId).query(Long.class).list());
    List<FieldError> unknown = new ArrayList<>();
    failedPaymentReasons.keySet().stream().filter(id -> !inBatch.contains(id)).forEach(id -> unknown.add(new FieldError(
        "failedPayments", "付款编号 " + id + " 不在本批次中", "Payment " + id + " is not in this batch")));
    InvalidRequestException.throwIfAny(unknown);
    Timestamp now = Timestamp.from(clock.instant());
    failedPaymentReasons.forEach((paymentId, reason) -> {
      jdbc.sql("UPDATE payment SET status = 'FAILED', failure_reason = :reason, settled_at = :now WHERE id = :id")
          .param("reason", reason).param("now", now).param("id", paymentId).update();
      jdbc.sql("UPDATE entitlement_period SET status = 'DUE', payment_id = NULL WHERE payment_id = :id")
          .param("id", paymentId).update();
    });
    jdbc.sql("UPDATE payment SET status = 'PAID', settled_at = :now WHERE batch_id = :batch AND status = 'PENDING'")
        .param("now", now).param("batch", batchId).update();
    jdbc.sql("""
            UPDATE entitlement_period SET status = 'PAID'
            WHERE payment_id IN (SELECT id FROM payment WHERE batch_id = :batch AND status = 'PAID')""")
        .param("batch", batchId).update();
    entitlements.endCompletedPaidIn(batchId);
    tellPayees(batchId, failedPaymentReasons);
  }

  /** Each payee hears of their payment: paid, or failed with the bank's reason and due again. */
  private void tellPayees(long batchId, Map<Long, String> failedPaymentReasons) {
    Batch batch = batch(batchId);
    for (Payment payment : batch.payments()) {
      String outcome = "PAID".equals(payment.status()) ? "paid" : "failed";
      AfterCommit.run(() -> meters.counter("harbin.payments", "scheme", batch.scheme(), "outcome", outcome).increment());
      String account = EntitlementStatements.lastDigits(payment.bankAccount());
      if ("PAID".equals(payment.status())) {
        notifications.sendMessage(payment.applicationNumber(), "notification.paid", payment.firstPeriod(),
            payment.lastPeriod(), payment.amount().toPlainString(), account);
      } else {
        notifications.sendMessage(payment.applicationNumber(), "notification.paymentFailed", payment.firstPeriod(),
            payment.lastPeriod(), payment.amount().toPlainString(), account, failedPaymentReasons.get(payment.id()));
      }
    }
  }


  public Batch batch(long batchId) {
    Batch header = jdbc.sql("SELECT scheme, period, status FROM disbursement_batch WHERE id = :id")
        .param("id", batchId)
        .query((r, n) -> new Batch(batchId, r.getString("scheme"), YearMonth.parse(r.getString("period")),
            BatchStatus.valueOf(r.getString("status")), List.of()))
        .optional()
        .orElseThrow(() -> new NotFoundException("没有这个发放批次：" + batchId, "No disbursement batch " + batchId));
    List<Payment> payments = jdbc.sql("""
            SELECT p.id, e.application_number, e.payee_name, e.bank_name, e.bank_account, e.division_code, p.amount,
              p.first_period, p.last_period, p.status
            FROM payment p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE p.batch_id = :batch ORDER BY e.division_code, p.id""")
        .param("batch", batchId)
        .query((r, n) -> new Payment(r.getLong("id"), r.getString("application_number"), r.getString("payee_name"),
            r.getString("bank_name"), r.getString("bank_account"), r.getString("division_code"), r.getBigDecimal("amount"),
            r.getString("first_period"), r.getString("last_period"), r.getString("status")))
        .list();
    return new Batch(batchId, header.scheme(), header.period(), header.status(), payments);
  }

  /** Moves the batch on only from the state the step expects, so that no batch is approved or confirmed twice. */
  private void transition(long batchId, BatchStatus from, BatchStatus to, String financeUser) {
    int changed = jdbc.sql("""
            UPDATE disbursement_batch SET status = :to, decided_by = COALESCE(:user, decided_by), decided_at = :at
            WHERE id = :id AND status = :from""")
        .param("to", to.name()).param("user", financeUser).param("at", Timestamp.from(clock.instant()))
        .param("id", batchId).param("from", from.name()).update();
    if (changed != 1) {
      throw new ConflictException("发放批次 " + batchId + " 当前不能" + to.name() + "（应处于 " + from.name() + " 状态）",
          "Disbursement batch " + batchId + " cannot become " + to + ": it is not " + from);
    }
  }
}
