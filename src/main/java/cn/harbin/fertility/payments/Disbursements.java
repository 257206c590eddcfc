package cn.harbin.fertility.payments;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.MultiRowInsert;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays entitlements of any scheme in batches: collect what is due up to a month (arrears included), finance
 * approves, the bank file goes out, finance records the bank's result; failed payments are due again next batch.
 * A payment holds its months as ranges (V16); an entitlement is collected under its row's lock, so that a month is
 * held by at most one live payment and no month is paid twice, even when two runs for the same month overlap.
 *
 * <p>What touches every payment of a batch (collecting, releasing a refused batch, settling the bank's result) runs
 * in transactions of {@link #CHUNK} entitlements or payments, each committed on its own, so that a run for a whole
 * province never holds one transaction for minutes. Each of these steps takes up where it stopped when it is run
 * again: what a committed chunk did is no longer due, pending or held. Collecting and settling also split into
 * parts, one block of {@link IdBlock#SIZE} entitlement or payment ids each, which the process runs as parallel jobs.
 */
@Service
public class Disbursements {

  /**
   * COLLECTING → COLLECTED → EXPORTED (approved) → CONFIRMED, or COLLECTED → REJECTED; EMPTY when nothing was due.
   */
  public enum BatchStatus {
    COLLECTING,
    COLLECTED,
    EMPTY,
    REJECTED,
    EXPORTED,
    CONFIRMED
  }

  /** Entitlements (when collecting) or payments (when releasing or settling) per transaction. */
  static final int CHUNK = 1_000;

  public record Payment(long id, String applicationNumber, String payeeName, String bankName, String bankAccount,
      String divisionCode, BigDecimal amount, String firstPeriod, String lastPeriod, String status,
      Entitlements.Frequency frequency) {}

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

  /** A batch's payments counted and summed per division by the database, however many there are. */
  public record Summary(long id, String scheme, YearMonth period, BatchStatus status,
      Map<HarbinDivision, DivisionTotal> divisions) {

    public long paymentCount() {
      return divisions.values().stream().mapToLong(DivisionTotal::payments).sum();
    }

    public BigDecimal total() {
      return divisions.values().stream().map(DivisionTotal::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
  }

  public record DivisionTotal(long payments, BigDecimal amount) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batchedJdbc;
  private final JdbcTemplate streamingJdbc;
  private final TransactionTemplate ownTransaction;
  private final TransactionTemplate readTransaction;
  private final Sequences sequences;
  private final Entitlements entitlements;
  private final Clock clock;
  private final Notifications notifications;
  private final MeterRegistry meters;

  public Disbursements(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions, Sequences sequences,
      Entitlements entitlements, Clock clock, Notifications notifications, MeterRegistry meters) {
    this.jdbc = JdbcClient.create(jdbcTemplate);
    this.batchedJdbc = jdbcTemplate;
    this.streamingJdbc = new JdbcTemplate(jdbcTemplate.getDataSource());
    this.streamingJdbc.setFetchSize(CHUNK);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.readTransaction = new TransactionTemplate(transactions);
    this.readTransaction.setReadOnly(true);
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

  /**
   * A new batch with every period of the scheme's live entitlements that is due up to and including the month: the
   * steps of the disbursement process one after the other, each committed, for a caller that waits.
   */
  public Batch collect(String scheme, YearMonth upTo) {
    long batchId = ownTransaction.execute(status -> open(scheme, upTo));
    collectDue(batchId);
    return batch(batchId);
  }

  /** @return the id of a new, still empty batch that is to pay the scheme's periods due up to the month */
  public long open(String scheme, YearMonth upTo) {
    if (scheme == null || !PAYABLE_SCHEMES.contains(scheme)) {
      String choices = String.join(", ", PAYABLE_SCHEMES);
      throw new InvalidRequestException(List.of(new FieldError("scheme", "请选择要发放的待遇：" + choices,
          "Choose the scheme to pay: " + choices)));
    }
    long batchId = sequences.next("disbursement_batch_seq");
    jdbc.sql("INSERT INTO disbursement_batch (id, scheme, period, status, collected_at) VALUES (:id, :scheme, :period, :status, :at)")
        .param("id", batchId).param("scheme", scheme).param("period", upTo.toString())
        .param("status", BatchStatus.COLLECTING.name()).param("at", Timestamp.from(clock.instant())).update();
    return batchId;
  }

  /**
   * Takes every due period of the opened batch's scheme into it, chunk by chunk, then closes it: the whole collection
   * in the caller's thread.
   */
  public Summary collectDue(long batchId) {
    return collectDue(batchId, CHUNK);
  }

  Summary collectDue(long batchId, int chunk) {
    collectDue(batchId, IdBlock.ALL, chunk);
    return closeCollection(batchId);
  }

  /**
   * The parts of the batch's collection: blocks of up to {@link IdBlock#SIZE} of the scheme's live entitlements, which
   * together cover every id. Numbered by id instead, a scheme whose live entitlements lie far apart (granted over many
   * years, from the one sequence of every scheme) made thousands of blocks of a few each, and the engine reads a
   * multi-instance's whole execution tree in every one of their jobs.
   */
  public List<IdBlock> collectionBlocks(long batchId) {
    return collectionBlocks(batchId, IdBlock.SIZE);
  }

  List<IdBlock> collectionBlocks(long batchId, long entitlementsPerBlock) {
    List<Long> starts = jdbc.sql("""
            SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM entitlement
              WHERE scheme = :scheme AND status = 'LIVE') live
            WHERE MOD(n - 1, :perBlock) = 0 ORDER BY id""")
        .param("scheme", header(batchId).scheme()).param("perBlock", entitlementsPerBlock).query(Long.class).list();
    List<IdBlock> blocks = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      blocks.add(new IdBlock(i == 0 ? 0 : starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) - 1 : Long.MAX_VALUE));
    }
    return blocks;
  }

  /**
   * Takes the due periods of the opened batch's entitlements in the block into it, chunk by chunk. The blocks of one
   * batch may be collected at the same time; a batch no longer collecting is left as it is.
   */
  public void collectDue(long batchId, IdBlock block) {
    collectDue(batchId, block, CHUNK);
  }

  void collectDue(long batchId, IdBlock block, int chunk) {
    Header opened = header(batchId);
    if (opened.status() != BatchStatus.COLLECTING) {
      return;
    }
    ownTransaction.executeWithoutResult(status ->
        entitlements.extendOpenEnded(opened.scheme(), block, opened.period()));
    OptionalLong after = OptionalLong.of(block.first() - 1);
    while (after.isPresent()) {
      long from = after.getAsLong();
      after = ownTransaction.execute(status ->
          collectChunk(batchId, opened.scheme(), opened.period(), from, block.last(), chunk));
    }
  }

  /** Closes a collected batch as COLLECTED, or EMPTY when nothing was due. A batch already closed is left as it is. */
  public Summary closeCollection(long batchId) {
    Summary collected = summary(batchId);
    if (collected.status() != BatchStatus.COLLECTING) {
      return collected;
    }
    BatchStatus closed = collected.paymentCount() == 0 ? BatchStatus.EMPTY : BatchStatus.COLLECTED;
    ownTransaction.executeWithoutResult(status -> transition(batchId, BatchStatus.COLLECTING, closed, null));
    return new Summary(batchId, collected.scheme(), collected.period(), closed, collected.divisions());
  }

  /** The periods of entitlements {@code e} from their {@code owed_from} up to {@code :upTo}: what a run may owe. */
  private static final String PERIODS_FROM_OWED = """
      FROM entitlement e JOIN entitlement_period ON entitlement_period.entitlement_id = e.id
      WHERE entitlement_period.period >= COALESCE(e.owed_from, '') AND entitlement_period.period <= :upTo
      """;

  /**
   * Whether a live entitlement of the scheme owes a period due by {@code upTo} that no live payment holds, as the
   * collection would find it: what a yearly scheme's catch-up run would pay ({@link DisbursementSchedule}). For the
   * schemes whose periods exist before a run (fixed schedules, a nursery's accepted months); the open-ended ones, whose
   * periods a run makes, are paid by every month's run anyway.
   */
  public boolean owesUpTo(String scheme, YearMonth upTo) {
    return jdbc.sql("SELECT 1 " + PERIODS_FROM_OWED + """
             AND e.scheme = :scheme AND e.status = 'LIVE' AND COALESCE(e.owed_from, '') <= :upTo
              AND\s""" + Entitlements.NOT_HELD + " FETCH FIRST 1 ROWS ONLY")
        .param("scheme", scheme).param("upTo", upTo.toString()).query(Integer.class).optional().isPresent();
  }

  /**
   * The months the chunk's entitlements owe up to the run's month, each with whether a live payment holds it already:
   * from each entitlement's {@code owed_from} on, as its primary key orders them.
   */
  private static final String MONTHS_FROM_OWED = """
      SELECT entitlement_period.entitlement_id, e.frequency, entitlement_period.period, entitlement_period.amount,
        CASE WHEN\s""" + Entitlements.NOT_HELD + " THEN 0 ELSE 1 END AS held " + PERIODS_FROM_OWED + """
       AND e.id IN (:entitlements)
      ORDER BY entitlement_period.entitlement_id, entitlement_period.period""";

  /**
   * The next live entitlements of the scheme after {@code after}, up to {@code last}: a payment for each that still
   * owes periods, holding them as ranges ({@link OwedMonths}). The chunk's entitlements are locked in id order first,
   * so that two runs collecting the same entitlement take turns and the second finds the months the first holds; every
   * month up to the run's month is then held, and each entitlement's {@code owed_from} moves past it.
   *
   * @return the last entitlement looked at, or none when none was left
   */
  OptionalLong collectChunk(long batchId, String scheme, YearMonth upTo, long after, long last, int size) {
    // Ordered as the index (scheme, status, id) is, which H2 then reads from its place on, not sorting the rest.
    List<Entitlements.PricedWith> chunk = jdbc.sql("""
            SELECT id, rate, priced_with FROM entitlement
            WHERE scheme = :scheme AND status = 'LIVE' AND id > :after AND id <= :last
            ORDER BY scheme, status, id FETCH FIRST :size ROWS ONLY FOR UPDATE""")
        .param("scheme", scheme).param("after", after).param("last", last).param("size", size)
        .query((r, n) -> new Entitlements.PricedWith(r.getLong("id"), r.getString("rate"), r.getString("priced_with")))
        .list();
    if (chunk.isEmpty()) {
      return OptionalLong.empty();
    }
    entitlements.priceAnewWhereChanged(chunk);
    List<Long> entitlementIds = chunk.stream().map(Entitlements.PricedWith::id).toList();
    Map<Long, OwedMonths> months = new LinkedHashMap<>();
    jdbc.sql(MONTHS_FROM_OWED).param("entitlements", entitlementIds).param("upTo", upTo.toString())
        .query((RowCallbackHandler) row -> {
          Entitlements.Frequency frequency = Entitlements.Frequency.valueOf(row.getString("frequency"));
          months.computeIfAbsent(row.getLong("entitlement_id"), id -> new OwedMonths(frequency))
              .add(YearMonth.parse(row.getString("period")), row.getBigDecimal("amount"), row.getInt("held") == 1);
        });
    months.values().removeIf(owed -> owed.ranges().isEmpty());
    if (!months.isEmpty()) {
      List<Long> paymentIds = sequences.next("payment_seq", months.size());
      List<Object> payments = new ArrayList<>();
      List<Object> ranges = new ArrayList<>();
      int next = 0;
      for (Map.Entry<Long, OwedMonths> owed : months.entrySet()) {
        long paymentId = paymentIds.get(next++);
        List<OwedMonths.Range> held = owed.getValue().ranges();
        payments.addAll(List.of(paymentId, batchId, owed.getKey(), owed.getValue().amount(),
            held.get(0).first().toString(), held.get(held.size() - 1).last().toString()));
        for (OwedMonths.Range range : held) {
          ranges.addAll(List.of(paymentId, owed.getKey(), range.first().toString(), range.last().toString()));
        }
      }
      batchedJdbc.update(MultiRowInsert.of(
          "INSERT INTO payment (id, batch_id, entitlement_id, amount, first_period, last_period, status)",
          "(?, ?, ?, ?, ?, ?, 'PENDING')", months.size()), payments.toArray());
      // A chunk of entitlements with many gaps may hold several ranges each: a thousand rows a statement at most.
      for (int from = 0; from < ranges.size(); from += 4 * CHUNK) {
        List<Object> slice = ranges.subList(from, Math.min(ranges.size(), from + 4 * CHUNK));
        batchedJdbc.update(MultiRowInsert.of(
            "INSERT INTO payment_range (payment_id, entitlement_id, first_period, last_period)", "(?, ?, ?, ?)",
            slice.size() / 4), slice.toArray());
      }
    }
    String afterRun = upTo.plusMonths(1).toString();
    jdbc.sql("UPDATE entitlement SET owed_from = :after WHERE id IN (:entitlements)"
            + " AND (owed_from IS NULL OR owed_from < :after)")
        .param("after", afterRun).param("entitlements", entitlementIds).update();
    return OptionalLong.of(entitlementIds.get(entitlementIds.size() - 1));
  }

  /** Finance approved the batch; its bank file is from now on what the bank receives. */
  @Transactional
  public void approveForExport(long batchId, String financeUser) {
    transition(batchId, BatchStatus.COLLECTED, BatchStatus.EXPORTED, financeUser);
  }

  /** Finance refused the batch, and what it held is due again for the next one: {@link #refuse}, {@link #reopenPeriods}. */
  public void reject(long batchId, String financeUser) {
    ownTransaction.executeWithoutResult(status -> refuse(batchId, financeUser));
    reopenPeriods(batchId);
  }

  /** Finance refused the batch: no bank file is ever made of it. */
  public void refuse(long batchId, String financeUser) {
    transition(batchId, BatchStatus.COLLECTED, BatchStatus.REJECTED, financeUser);
  }

  /** The periods a refused batch held are due again, chunk by chunk; its payments are cancelled. */
  public void reopenPeriods(long batchId) {
    requireStatus(batchId, BatchStatus.REJECTED);
    forEachChunkOfPending(batchId, IdBlock.ALL, payments -> {
      List<Long> ids = payments.stream().map(Payment::id).toList();
      jdbc.sql("UPDATE payment SET status = 'CANCELLED' WHERE id IN (:payments)").param("payments", ids).update();
      releaseMonthsOf(ids);
    });
  }

  /**
   * The months the payments (failed or cancelled by now) held are due again, but for those after their entitlement's
   * last month: requalification ended it while they were held, and they are no longer owed. An entitlement left with
   * every month paid has ended.
   */
  private void releaseMonthsOf(List<Long> paymentIds) {
    // Their entitlements locked first, in id order: a requalification ending one at the same time has committed its
    // last month before this reads it, or waits; so does a run collecting one, which then reads from the lowered
    // owed_from on, or has collected it first and its owed_from is lowered here.
    jdbc.sql("""
            SELECT id FROM entitlement WHERE id IN (SELECT entitlement_id FROM payment WHERE id IN (:payments))
            ORDER BY id FOR UPDATE""")
        .param("payments", paymentIds).query(Long.class).list();
    List<Long> endedMeanwhile = jdbc.sql("""
            SELECT DISTINCT r.entitlement_id FROM payment_range r JOIN entitlement e ON e.id = r.entitlement_id
            WHERE r.payment_id IN (:payments) AND r.last_period > e.last_period""")
        .param("payments", paymentIds).query(Long.class).list();
    jdbc.sql("""
            DELETE FROM entitlement_period
            WHERE entitlement_id IN (SELECT entitlement_id FROM payment WHERE id IN (:payments))
              AND period > (SELECT e.last_period FROM entitlement e WHERE e.id = entitlement_period.entitlement_id)
              AND EXISTS (SELECT 1 FROM payment_range r WHERE r.payment_id IN (:payments)
                AND r.entitlement_id = entitlement_period.entitlement_id
                AND entitlement_period.period BETWEEN r.first_period AND r.last_period)""")
        .param("payments", paymentIds).update();
    jdbc.sql("""
            UPDATE entitlement SET owed_from = (SELECT MIN(r.first_period) FROM payment_range r
                WHERE r.payment_id IN (:payments) AND r.entitlement_id = entitlement.id)
            WHERE id IN (SELECT entitlement_id FROM payment WHERE id IN (:payments))
              AND owed_from > (SELECT MIN(r.first_period) FROM payment_range r
                WHERE r.payment_id IN (:payments) AND r.entitlement_id = entitlement.id)""")
        .param("payments", paymentIds).update();
    // The months let go were priced when they were taken, perhaps before a value added since: the next run prices
    // every unpaid month of these entitlements anew.
    jdbc.sql("UPDATE entitlement SET priced_with = NULL "
            + "WHERE id IN (SELECT entitlement_id FROM payment WHERE id IN (:payments)) AND rate IS NOT NULL")
        .param("payments", paymentIds).update();
    if (!endedMeanwhile.isEmpty()) {
      entitlements.endIfComplete(endedMeanwhile);
    }
  }

  /**
   * The bank's result and its settlement, one after the other: {@link #recordBankResult}, {@link #settle}.
   *
   * @param failedPaymentReasons payment id → the bank's reason
   */
  public void confirm(long batchId, Map<Long, String> failedPaymentReasons, String financeUser) {
    ownTransaction.executeWithoutResult(status -> recordBankResult(batchId, failedPaymentReasons, financeUser));
    settle(batchId);
  }

  /**
   * The bank's result as finance records it: the listed payments failed (their periods are due again next batch;
   * each payee hears why); every other payment was paid, which {@link #settle} then records.
   *
   * @param failedPaymentReasons payment id → the bank's reason
   */
  public void recordBankResult(long batchId, Map<Long, String> failedPaymentReasons, String financeUser) {
    transition(batchId, BatchStatus.EXPORTED, BatchStatus.CONFIRMED, financeUser);
    if (failedPaymentReasons.isEmpty()) {
      return;
    }
    List<Long> inBatch = jdbc.sql("SELECT id FROM payment WHERE batch_id = :batch AND id IN (:ids)")
        .param("batch", batchId).param("ids", failedPaymentReasons.keySet()).query(Long.class).list();
    List<FieldError> unknown = new ArrayList<>();
    failedPaymentReasons.keySet().stream().filter(id -> !inBatch.contains(id)).forEach(id -> unknown.add(new FieldError(
        "failedPayments", "付款编号 " + id + " 不在本批次中", "Payment " + id + " is not in this batch")));
    InvalidRequestException.throwIfAny(unknown);
    Timestamp now = Timestamp.from(clock.instant());
    failedPaymentReasons.forEach((paymentId, reason) -> jdbc.sql(
            "UPDATE payment SET status = 'FAILED', failure_reason = :reason, settled_at = :now WHERE id = :id")
        .param("reason", reason).param("now", now).param("id", paymentId).update());
    releaseMonthsOf(List.copyOf(failedPaymentReasons.keySet()));
    String scheme = jdbc.sql("SELECT scheme FROM disbursement_batch WHERE id = :id").param("id", batchId)
        .query(String.class).single();
    tellPayees(scheme, "FAILED", jdbc.sql(PAYMENTS + " WHERE p.id IN (:ids) ORDER BY p.id")
        .param("ids", failedPaymentReasons.keySet()).query(Disbursements::payment).list(), failedPaymentReasons);
  }

  /**
   * Every payment of a confirmed batch that did not fail is paid, chunk by chunk: its periods are paid, a fixed
   * schedule whose every month is now paid has ended, and the payee hears of it.
   */
  public void settle(long batchId) {
    settle(batchId, IdBlock.ALL);
  }

  /** The blocks of ids that the batch's pending payments fall in: the parts of its settlement. */
  public List<Long> settlementBlocks(long batchId) {
    return jdbc.sql("SELECT DISTINCT id / :size AS block FROM payment WHERE batch_id = :batch AND status = 'PENDING'"
            + " ORDER BY block")
        .param("size", IdBlock.SIZE).param("batch", batchId).query(Long.class).list();
  }

  /** {@link #settle(long)} for the payments of the block; the blocks of one batch may be settled at the same time. */
  public void settle(long batchId, IdBlock block) {
    String scheme = requireStatus(batchId, BatchStatus.CONFIRMED).scheme();
    Timestamp now = Timestamp.from(clock.instant());
    forEachChunkOfPending(batchId, block, chunk -> {
      List<Long> ids = chunk.stream().map(Payment::id).toList();
      int paid = jdbc.sql("UPDATE payment SET status = 'PAID', settled_at = :now WHERE id IN (:payments)"
              + " AND status = 'PENDING'")
          .param("now", now).param("payments", ids).update();
      if (paid == 0) {
        // A copy of this job, taken again after its lock expired, settled and told the same chunk first.
        return;
      }
      if (paid != ids.size()) {
        throw new ConcurrencyFailureException("Payments " + ids.get(0) + " to " + ids.get(ids.size() - 1)
            + " were partly settled at the same time by another job: the chunk is rolled back and retried");
      }
      entitlements.endCompletedPaidBy(ids);
      tellPayees(scheme, "PAID", chunk, Map.of());
    });
  }

  /**
   * Runs the work on the batch's pending payments in the block, at most {@link #CHUNK} in each committed transaction:
   * the batch's payment numbers in ranges, which its own index reads directly. Each chunk's payments come with their
   * payees, whom the settlement tells: one read for both.
   */
  private void forEachChunkOfPending(long batchId, IdBlock block, Consumer<List<Payment>> work) {
    record Range(Long first, Long last) {}
    Range ids = jdbc.sql("""
            SELECT MIN(id) AS first, MAX(id) AS last FROM payment
            WHERE batch_id = :batch AND id BETWEEN :first AND :last""")
        .param("batch", batchId).param("first", block.first()).param("last", block.last())
        .query((r, n) -> new Range((Long) r.getObject("first"), (Long) r.getObject("last")))
        .single();
    if (ids.first() == null) {
      return;
    }
    for (long from = ids.first(); from <= ids.last(); from += CHUNK) {
      long first = from;
      ownTransaction.executeWithoutResult(status -> {
        List<Payment> payments = jdbc.sql(PAYMENTS + """
                 WHERE p.batch_id = :batch AND p.id BETWEEN :first AND :last AND p.status = 'PENDING'
                ORDER BY p.id""")
            .param("batch", batchId).param("first", first).param("last", Math.min(first + CHUNK - 1, ids.last()))
            .query(Disbursements::payment).list();
        if (!payments.isEmpty()) {
          work.accept(payments);
        }
      });
    }
  }

  /**
   * Each payee of the listed payments hears of their payment: paid, or failed with the bank's reason and due again.
   *
   * @param reasons payment id → the bank's reason, for failed payments
   */
  private void tellPayees(String scheme, String outcome, List<Payment> payments, Map<Long, String> reasons) {
    Map<Long, List<OwedMonths.Range>> split = rangesOfSplitPayments(payments);
    notifications.sendMessages(payments.stream().map(payment -> {
      String account = EntitlementStatements.lastDigits(payment.bankAccount());
      Object months = PayeeMonths.of(split.getOrDefault(payment.id(),
          List.of(new OwedMonths.Range(YearMonth.parse(payment.firstPeriod()), YearMonth.parse(payment.lastPeriod())))), payment.frequency());
      return "PAID".equals(outcome)
          ? new Notifications.Message(payment.applicationNumber(), "notification.paid", months,
              payment.amount().toPlainString(), account)
          : new Notifications.Message(payment.applicationNumber(), "notification.paymentFailed", months,
              payment.amount().toPlainString(), account, reasons.get(payment.id()));
    }).toList());
    int told = payments.size();
    AfterCommit.run(() -> meters.counter("harbin.payments", "scheme", scheme, "outcome", outcome.toLowerCase())
        .increment(told));
  }

  /**
   * The ranges of the payments that hold more than one (a month between them held by another payment), so that their
   * payees are not told of months they were paid otherwise; rare, so read apart, for all the listed payments at once.
   */
  private Map<Long, List<OwedMonths.Range>> rangesOfSplitPayments(List<Payment> payments) {
    Map<Long, List<OwedMonths.Range>> split = new HashMap<>();
    if (payments.isEmpty()) {
      return split;
    }
    jdbc.sql("""
            SELECT r.payment_id, r.first_period, r.last_period FROM payment_range r
            WHERE r.payment_id IN (SELECT payment_id FROM payment_range WHERE payment_id IN (:payments)
              GROUP BY payment_id HAVING COUNT(*) > 1)
            ORDER BY r.payment_id, r.first_period""")
        .param("payments", payments.stream().map(Payment::id).toList())
        .query((RowCallbackHandler) row -> split.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
            .add(new OwedMonths.Range(YearMonth.parse(row.getString(2)), YearMonth.parse(row.getString(3)))));
    return split;
  }

  private static final String PAYMENTS = """
      SELECT p.id, e.application_number, e.payee_name, e.bank_name, e.bank_account, e.division_code, p.amount,
        p.first_period, p.last_period, p.status, e.frequency
      FROM payment p JOIN entitlement e ON e.id = p.entitlement_id""";

  private static Payment payment(ResultSet r, int row) throws SQLException {
    return new Payment(r.getLong("id"), r.getString("application_number"), r.getString("payee_name"),
        r.getString("bank_name"), r.getString("bank_account"), r.getString("division_code"), r.getBigDecimal("amount"),
        r.getString("first_period"), r.getString("last_period"), r.getString("status"),
        Entitlements.Frequency.valueOf(r.getString("frequency")));
  }

  /** The batch with every payment in memory: for small batches and their tests; see {@link #forEachPayment}. */
  public Batch batch(long batchId) {
    Summary summary = summary(batchId);
    List<Payment> payments = jdbc.sql(PAYMENTS + " WHERE p.batch_id = :batch ORDER BY e.division_code, p.id")
        .param("batch", batchId).query(Disbursements::payment).list();
    return new Batch(batchId, summary.scheme(), summary.period(), summary.status(), payments);
  }

  /** The batch's payments one at a time, read in chunks from the database: a bank file of any size in little memory. */
  public void forEachPayment(long batchId, Consumer<Payment> action) {
    readTransaction.executeWithoutResult(status -> streamingJdbc.query(
        PAYMENTS + " WHERE p.batch_id = ? AND p.status <> 'CANCELLED' ORDER BY e.division_code, p.id",
        (RowCallbackHandler) row -> action.accept(payment(row, 0)), batchId));
  }

  public Summary summary(long batchId) {
    Header header = header(batchId);
    Map<HarbinDivision, DivisionTotal> divisions = new TreeMap<>();
    jdbc.sql("""
            SELECT e.division_code, COUNT(*) AS payments, SUM(p.amount) AS amount
            FROM payment p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE p.batch_id = :batch AND p.status <> 'CANCELLED' GROUP BY e.division_code""")
        .param("batch", batchId)
        .query((RowCallbackHandler) row -> divisions.put(HarbinDivision.ofCode(row.getString("division_code")).orElseThrow(),
            new DivisionTotal(row.getLong("payments"), row.getBigDecimal("amount"))));
    return new Summary(batchId, header.scheme(), header.period(), header.status(), divisions);
  }

  /** A batch without its payments: what a step checks before it starts, without summing the whole batch. */
  private record Header(String scheme, YearMonth period, BatchStatus status) {}

  private Header header(long batchId) {
    return jdbc.sql("SELECT scheme, period, status FROM disbursement_batch WHERE id = :id")
        .param("id", batchId)
        .query((r, n) -> new Header(r.getString("scheme"), YearMonth.parse(r.getString("period")),
            BatchStatus.valueOf(r.getString("status"))))
        .optional()
        .orElseThrow(() -> new NotFoundException("没有这个发放批次：" + batchId, "No disbursement batch " + batchId));
  }

  private Header requireStatus(long batchId, BatchStatus expected) {
    Header batch = header(batchId);
    if (batch.status() != expected) {
      throw new ConflictException("发放批次 " + batchId + " 不处于 " + expected + " 状态（现为 " + batch.status() + "）",
          "Disbursement batch " + batchId + " is " + batch.status() + ", not " + expected);
    }
    return batch;
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
