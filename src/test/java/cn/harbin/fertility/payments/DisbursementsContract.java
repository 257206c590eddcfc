package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.DatabaseProduct;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.Sequences;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.support.ParallelJobs;
import java.time.Clock;
import java.time.Instant;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a disbursement pays, and that it never pays a month twice (§3.4.2a payments). The database variants run it on
 * H2 and on PostgreSQL, whose collection holds a chunk's periods with a statement of its own.
 */
abstract class DisbursementsContract {

  private static final String SCHEME = "childcare-subsidy";

  @Autowired Disbursements disbursements;
  @Autowired Entitlements entitlements;
  @Autowired EntitlementStatements statements;
  @Autowired GrantedClaims claims;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Sequences sequences;
  @Autowired Notifications notifications;
  @Autowired DatabaseProduct database;

  private Optional<Disbursements.Payment> paymentOf(Disbursements.Batch batch, String applicationNumber) {
    return batch.payments().stream().filter(payment -> payment.applicationNumber().equals(applicationNumber)).findFirst();
  }

  private long periodsWithStatus(String applicationNumber, String status) {
    return entitlements.periodsOf(applicationNumber).stream().filter(period -> period.status().equals(status)).count();
  }

  @Test
  void theFirstBatchPaysArrearsThenEachMonthOnce() {
    String number = claims.grant("230102", LocalDate.of(2025, 3, 14), 2);

    Disbursements.Batch november = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    Disbursements.Payment arrears = paymentOf(november, number).orElseThrow();
    assertThat(arrears.firstPeriod()).isEqualTo("2025-03");
    assertThat(arrears.lastPeriod()).isEqualTo("2026-11");
    assertThat(arrears.amount()).isEqualTo(new BigDecimal("10500.00"));
    disbursements.approveForExport(november.id(), "finance");
    disbursements.confirm(november.id(), Map.of(), "finance");
    assertThat(periodsWithStatus(number, "PAID")).isEqualTo(21);

    Disbursements.Batch novemberAgain = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    assertThat(paymentOf(novemberAgain, number)).isEmpty();

    Disbursements.Batch december = disbursements.collect(SCHEME, YearMonth.of(2026, 12));
    assertThat(paymentOf(december, number).orElseThrow().amount()).isEqualTo(new BigDecimal("500.00"));
  }

  @Test
  void twoOpenBatchesForTheSameMonthNeverHoldTheSameMonth() {
    String number = claims.grant("230103", LocalDate.of(2025, 9, 1), 3);

    Disbursements.Batch first = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    Disbursements.Batch second = disbursements.collect(SCHEME, YearMonth.of(2026, 11));

    assertThat(paymentOf(first, number)).isPresent();
    assertThat(paymentOf(second, number)).isEmpty();
  }

  @Test
  void twoRunsCollectingAtTheSameTimeHoldEachMonthOnce() throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      numbers.add(claims.grant("230102", LocalDate.of(2026, 3 + i, 2), 2));
    }
    long first = disbursements.open(SCHEME, YearMonth.of(2026, 11));
    long second = disbursements.open(SCHEME, YearMonth.of(2026, 11));

    ExecutorService twoNodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Disbursements.Summary>> runs = twoNodes.invokeAll(List.of(
          () -> disbursements.collectDue(first, 1), () -> disbursements.collectDue(second, 1)));
      for (Future<Disbursements.Summary> run : runs) {
        run.get();
      }
    } finally {
      twoNodes.shutdown();
    }

    List<Disbursements.Payment> ours = new ArrayList<>(disbursements.batch(first).payments());
    ours.addAll(disbursements.batch(second).payments());
    ours.removeIf(payment -> !numbers.contains(payment.applicationNumber()));
    assertThat(ours).extracting(Disbursements.Payment::applicationNumber).as("each family paid once")
        .containsExactlyInAnyOrderElementsOf(numbers);
    for (Disbursements.Payment payment : ours) {
      BigDecimal held = entitlements.periodsOf(payment.applicationNumber()).stream()
          .filter(period -> period.status().equals("IN_BATCH")).map(Entitlements.Period::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(payment.amount()).as("what " + payment.applicationNumber() + "'s payment holds")
          .isEqualByComparingTo(held);
    }
  }

  @Test
  void theBlocksOfABatchCollectedAndSettledAtOnceHoldAndPayEachMonthOnce() throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      numbers.add(claims.grant("230102", LocalDate.of(2026, 5 + i, 3), 2));
    }
    long batchId = disbursements.open(SCHEME, YearMonth.of(2026, 11));
    List<IdBlock> blocks = disbursements.collectionBlocks(batchId, 3);
    assertThat(blocks).as("ours in two blocks of three at least").hasSizeGreaterThanOrEqualTo(2);
    BlockBoundary.approach(jdbc, sequences, "payment_seq", 3);

    // Chunks of two, so that the blocks' chunks draw payment numbers between each other's when they run at once.
    ParallelJobs.run(blocks, 2, block -> disbursements.collectDue(batchId, block, 2));
    Disbursements.Summary collected = disbursements.closeCollection(batchId);

    Disbursements.Batch batch = disbursements.batch(batchId);
    assertThat(collected.status()).isEqualTo(Disbursements.BatchStatus.COLLECTED);
    assertThat(collected.paymentCount()).isEqualTo(batch.payments().size());
    assertThat(batch.payments()).extracting(Disbursements.Payment::applicationNumber).doesNotHaveDuplicates();
    for (int i = 0; i < 6; i++) {
      assertThat(paymentOf(batch, numbers.get(i)).orElseThrow().amount()).as("from 2026-%02d to 2026-11", 5 + i)
          .isEqualByComparingTo(BigDecimal.valueOf(500L * (7 - i)));
    }
    for (Disbursements.Payment payment : batch.payments()) {
      assertThat(payment.amount()).as("what payment %d holds", payment.id()).isEqualByComparingTo(
          jdbc.sql("SELECT SUM(amount) FROM entitlement_period_state WHERE payment_id = :p").param("p", payment.id())
              .query(BigDecimal.class).single());
    }
    disbursements.approveForExport(batchId, "finance");
    disbursements.recordBankResult(batchId, Map.of(), "finance");
    List<Long> paymentBlocks = disbursements.settlementBlocks(batchId);
    assertThat(paymentBlocks).as("the payments straddle two blocks").hasSizeGreaterThanOrEqualTo(2);

    ParallelJobs.run(paymentBlocks, 2, block -> disbursements.settle(batchId, IdBlock.numbered(block)));

    for (int i = 0; i < 6; i++) {
      assertThat(periodsWithStatus(numbers.get(i), "PAID")).isEqualTo(7 - i);
      assertThat(paidMessages(numbers.get(i))).as("the payee told once").isOne();
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE batch_id = :b AND status <> 'PAID'").param("b", batchId)
        .query(Long.class).single()).isZero();
  }

  /** Ten thousand ids apart, as a scheme's live entitlements granted over many years lie. */
  @Test
  void aCollectionsBlocksHoldUpToTheirSizeOfLiveEntitlementsHoweverFarApartTheirIdsAre() throws Exception {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      BlockBoundary.approach(jdbc, sequences, "entitlement_seq", 0);
      numbers.add(claims.grant("230102", LocalDate.of(2026, 9, 1 + i), 2));
    }
    long batchId = disbursements.open(SCHEME, YearMonth.of(2026, 11));
    List<Long> live = jdbc.sql("SELECT id FROM entitlement WHERE scheme = :s AND status = 'LIVE'").param("s", SCHEME)
        .query(Long.class).list();

    assertThat(disbursements.collectionBlocks(batchId)).as("ours in one block, as every live one of this test run")
        .singleElement().isEqualTo(new IdBlock(0, Long.MAX_VALUE));
    List<IdBlock> blocks = disbursements.collectionBlocks(batchId, 2);
    assertThat(blocks).hasSize((live.size() + 1) / 2);
    assertThat(blocks.get(0).first()).isZero();
    assertThat(blocks.get(blocks.size() - 1).last()).isEqualTo(Long.MAX_VALUE);
    for (int i = 1; i < blocks.size(); i++) {
      assertThat(blocks.get(i).first()).as("each block from the one before").isEqualTo(blocks.get(i - 1).last() + 1);
    }
    for (IdBlock block : blocks) {
      assertThat(live).filteredOn(id -> id >= block.first() && id <= block.last()).as("in " + block).hasSizeBetween(1, 2);
    }
    ParallelJobs.run(blocks, 2, block -> disbursements.collectDue(batchId, block));
    disbursements.closeCollection(batchId);
    for (String number : numbers) {
      assertThat(paymentOf(disbursements.batch(batchId), number)).as(number).isPresent();
    }
    disbursements.approveForExport(batchId, "finance");
    disbursements.confirm(batchId, Map.of(), "finance");
  }

  @Test
  void eachBlockTakesOnlyItsOwnEntitlementsAndPayments() {
    BlockBoundary.approach(jdbc, sequences, "entitlement_seq", 1);
    String lastOfABlock = claims.grant("230102", LocalDate.of(2026, 9, 6), 2);
    String firstOfTheNext = claims.grant("230103", LocalDate.of(2026, 9, 6), 2);
    long block = blockOfEntitlement(lastOfABlock);
    assertThat(blockOfEntitlement(firstOfTheNext)).isEqualTo(block + 1);
    long batchId = disbursements.open(SCHEME, YearMonth.of(2026, 11));
    BlockBoundary.approach(jdbc, sequences, "payment_seq", 1);

    disbursements.collectDue(batchId, IdBlock.numbered(block));

    assertThat(paymentOf(disbursements.batch(batchId), lastOfABlock)).isPresent();
    assertThat(paymentOf(disbursements.batch(batchId), firstOfTheNext)).isEmpty();
    disbursements.collectDue(batchId, IdBlock.numbered(block + 1));
    disbursements.closeCollection(batchId);
    disbursements.approveForExport(batchId, "finance");
    disbursements.recordBankResult(batchId, Map.of(), "finance");
    List<Long> paymentBlocks = disbursements.settlementBlocks(batchId);
    assertThat(paymentBlocks).hasSizeGreaterThanOrEqualTo(2);
    long firstPaymentBlock = paymentBlocks.get(0);

    disbursements.settle(batchId, IdBlock.numbered(firstPaymentBlock));

    assertThat(jdbc.sql("SELECT id / :size AS block, status FROM payment WHERE batch_id = :b")
        .param("size", IdBlock.SIZE).param("b", batchId)
        .query((r, n) -> r.getLong("block") == firstPaymentBlock == r.getString("status").equals("PAID")).list())
        .as("paid exactly where the block's payments are").containsOnly(true);
    assertThat(paidMessages(firstOfTheNext)).as("its payee not told yet").isZero();
  }

  @Test
  void aChunkHoldsNoMonthForAnotherBlocksPaymentNumberedAmongItsOwn() {
    String first = claims.grant("230102", LocalDate.of(2026, 9, 7), 2);
    String second = claims.grant("230103", LocalDate.of(2026, 9, 7), 2);
    String otherBlocks = claims.grant("230104", LocalDate.of(2026, 9, 7), 2);
    long batchId = disbursements.open(SCHEME, YearMonth.of(2026, 11));
    long lastTaken = sequences.next("payment_seq");
    // The other block's payment, already committed, with the number between the two that this chunk draws next.
    jdbc.sql("""
            INSERT INTO payment (id, batch_id, entitlement_id, amount, first_period, last_period, status)
            VALUES (:id, :batch, :entitlement, 0, '2026-09', '2026-09', 'PENDING')""")
        .param("id", lastTaken + 2).param("batch", batchId).param("entitlement", entitlementIdOf(otherBlocks))
        .update();
    // Safe while no job of this test context draws a payment number: none runs between these tests' own steps.
    jdbc.sql("ALTER SEQUENCE payment_seq RESTART WITH " + (lastTaken + 1) + " INCREMENT BY 2").update();
    try {
      disbursements.collectChunk(batchId, SCHEME, YearMonth.of(2026, 11), entitlementIdOf(first) - 1,
          entitlementIdOf(second), 2);
    } finally {
      jdbc.sql("ALTER SEQUENCE payment_seq INCREMENT BY 1").update();
    }

    assertThat(paymentOf(disbursements.batch(batchId), first).orElseThrow().id()).isEqualTo(lastTaken + 1);
    assertThat(periodsWithStatus(otherBlocks, "IN_BATCH")).as("the other entitlement's months, not in this chunk")
        .isZero();
  }

  private long entitlementIdOf(String applicationNumber) {
    return jdbc.sql("SELECT id FROM entitlement WHERE application_number = :n").param("n", applicationNumber)
        .query(Long.class).single();
  }

  /** Returns once some session waits for a row that another holds locked: within H2's lock timeout of 2 s. */
  private void awaitASessionWaitingForALock() throws InterruptedException {
    String waiting = database.isPostgres()
        ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
    for (int tries = 0; jdbc.sql(waiting).query(Long.class).single() == 0; tries++) {
      assertThat(tries).as("a session waiting for a lock within a second").isLessThan(100);
      Thread.sleep(10);
    }
  }

  private long blockOfEntitlement(String applicationNumber) {
    return entitlementIdOf(applicationNumber) / IdBlock.SIZE;
  }

  private long paidMessages(String applicationNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM notification WHERE application_number = :n AND message_zh LIKE '%已发放%'")
        .param("n", applicationNumber).query(Long.class).single();
  }

  @Test
  void aCopyOfASettlementJobThatFindsItsChunkSettledTellsNobodyAgain() throws Exception {
    String number = claims.grant("230102", LocalDate.of(2026, 10, 8), 2);
    Disbursements.Batch batch = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    long paymentId = paymentOf(batch, number).orElseThrow().id();
    disbursements.approveForExport(batch.id(), "finance");
    disbursements.recordBankResult(batch.id(), Map.of(), "finance");

    ExecutorService copy = Executors.newSingleThreadExecutor();
    try (Connection firstCopy = dataSource.getConnection()) {
      firstCopy.setAutoCommit(false);
      try (PreparedStatement settleChunk = firstCopy.prepareStatement("""
          UPDATE payment SET status = 'PAID', settled_at = CURRENT_TIMESTAMP
          WHERE batch_id = ? AND status = 'PENDING'""")) {
        settleChunk.setLong(1, batch.id());
        assertThat(settleChunk.executeUpdate()).isEqualTo(batch.payments().size());
      }
      Future<?> secondCopy = copy.submit(() -> disbursements.settle(batch.id()));
      // The second copy reads the chunk as pending (the first has not committed), then waits for its rows.
      awaitASessionWaitingForALock();
      firstCopy.commit();
      secondCopy.get();
    } finally {
      copy.shutdown();
    }

    assertThat(paidMessages(number)).as("told by the first copy only, which this test stands in for").isZero();
    assertThat(jdbc.sql("SELECT status FROM payment WHERE id = :id").param("id", paymentId).query(String.class)
        .single()).isEqualTo("PAID");
  }

  @Test
  void aMonthAnotherRunTakesWhileAChunkIsCollectedIsLeftOutOfItsPayment() throws Exception {
    String number = claims.grant("230104", LocalDate.of(2026, 9, 4), 2);
    long entitlementId = entitlementIdOf(number);
    long batchId = disbursements.open(SCHEME, YearMonth.of(2026, 11));
    long otherBatchId = disbursements.open(SCHEME, YearMonth.of(2026, 10));
    long otherPaymentId = sequences.next("payment_seq");

    ExecutorService collector = Executors.newSingleThreadExecutor();
    try (Connection otherRun = dataSource.getConnection()) {
      otherRun.setAutoCommit(false);
      try (PreparedStatement lock = otherRun.prepareStatement("SELECT id FROM entitlement WHERE id = ? FOR UPDATE");
          PreparedStatement otherPayment = otherRun.prepareStatement("""
              INSERT INTO payment (id, batch_id, entitlement_id, amount, first_period, last_period, status)
              VALUES (?, ?, ?, 500, '2026-10', '2026-10', 'PENDING')""");
          PreparedStatement takeOctober = otherRun.prepareStatement("""
              INSERT INTO payment_range (payment_id, entitlement_id, first_period, last_period)
              VALUES (?, ?, '2026-10', '2026-10')""")) {
        lock.setLong(1, entitlementId);
        lock.executeQuery().close();
        otherPayment.setLong(1, otherPaymentId);
        otherPayment.setLong(2, otherBatchId);
        otherPayment.setLong(3, entitlementId);
        otherPayment.executeUpdate();
        takeOctober.setLong(1, otherPaymentId);
        takeOctober.setLong(2, entitlementId);
        assertThat(takeOctober.executeUpdate()).isEqualTo(1);
      }
      Future<?> chunk = collector.submit(() -> disbursements.collectChunk(batchId, SCHEME, YearMonth.of(2026, 11),
          entitlementId - 1, Long.MAX_VALUE, 1));
      // The other run, collecting the same entitlement, holds its row: the chunk waits, then finds October held.
      awaitASessionWaitingForALock();
      otherRun.commit();
      chunk.get();
    } finally {
      collector.shutdown();
    }

    Disbursements.Payment payment = paymentOf(disbursements.batch(batchId), number).orElseThrow();
    assertThat(payment.amount()).as("September and November").isEqualTo(new BigDecimal("1000.00"));
    assertThat(payment.firstPeriod()).isEqualTo("2026-09");
    assertThat(payment.lastPeriod()).isEqualTo("2026-11");
    assertThat(entitlements.periodsOf(number)).filteredOn(period -> period.period().compareTo("2026-11") <= 0)
        .extracting(Entitlements.Period::status).as("September to November: none left due")
        .containsExactly("IN_BATCH", "IN_BATCH", "IN_BATCH");
  }

  @Test
  void aPaymentHoldsTheMonthsAroundOneAnotherPaymentHoldsAndItsFailureIsShownOnThoseOnly() {
    String number = claims.grant("230104", LocalDate.of(2026, 9, 4), 2);
    Disbursements.Batch september = disbursements.collect(SCHEME, YearMonth.of(2026, 9));
    Disbursements.Batch october = disbursements.collect(SCHEME, YearMonth.of(2026, 10));
    disbursements.approveForExport(september.id(), "finance");
    disbursements.confirm(september.id(), Map.of(paymentOf(september, number).orElseThrow().id(), "账户冻结"),
        "finance");

    Disbursements.Batch november = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    Disbursements.Payment payment = paymentOf(november, number).orElseThrow();
    assertThat(payment.amount()).as("September, let go, and November; October is held by its own batch")
        .isEqualByComparingTo("1000");
    disbursements.approveForExport(october.id(), "finance");
    disbursements.confirm(october.id(), Map.of(), "finance");
    disbursements.approveForExport(november.id(), "finance");
    disbursements.confirm(november.id(), Map.of(payment.id(), "账户已销户"), "finance");

    List<EntitlementStatements.Period> periods = statements.of(number).get(0).periods();
    assertThat(periods).filteredOn(period -> period.period().isBefore(YearMonth.of(2026, 12)))
        .extracting(period -> period.period() + " " + period.status() + " " + period.failedAttempts().size())
        .containsExactly("2026-09 DUE 2", "2026-10 PAID 0", "2026-11 DUE 1");
    assertThat(paymentOf(PaidRuns.paid(disbursements, SCHEME, YearMonth.of(2026, 11)), number).orElseThrow().amount())
        .isEqualByComparingTo("1000");
    assertThat(notifications.of(number)).as("the payee is told of the months each payment holds, October apart")
        .extracting(Notifications.Notification::messageZh).filteredOn(message -> message.startsWith("您的待遇"))
        .extracting(message -> message.substring(0, message.indexOf('）') + 1))
        .containsExactly("您的待遇（2026-09）", "您的待遇（2026-10）", "您的待遇（2026-09、2026-11）",
            "您的待遇（2026-09、2026-11）");
    assertThat(notifications.of(number).get(notifications.of(number).size() - 1).messageEn())
        .startsWith("Your benefit for 2026-09 and 2026-11 (1000.00 CNY in all) was paid");
  }

  @Test
  void aBatchCollectedInChunksOfTwoHoldsEachEntitlementOnce() {
    List<String> numbers = List.of(claims.grant("230102", LocalDate.of(2026, 7, 1), 2),
        claims.grant("230103", LocalDate.of(2026, 8, 1), 2), claims.grant("230104", LocalDate.of(2026, 9, 1), 2),
        claims.grant("230102", LocalDate.of(2026, 10, 1), 2), claims.grant("230103", LocalDate.of(2026, 11, 1), 2));
    long batchId = disbursements.open(SCHEME, YearMonth.of(2026, 11));

    Disbursements.Summary summary = disbursements.collectDue(batchId, 2);

    assertThat(summary.status()).isEqualTo(Disbursements.BatchStatus.COLLECTED);
    Disbursements.Batch batch = disbursements.batch(batchId);
    assertThat(numbers).allSatisfy(number -> assertThat(paymentOf(batch, number)).isPresent());
    assertThat(batch.payments()).extracting(Disbursements.Payment::applicationNumber).doesNotHaveDuplicates();
    assertThat(paymentOf(batch, numbers.get(0)).orElseThrow().amount()).isEqualTo(new BigDecimal("2500.00"));
    assertThat(paymentOf(batch, numbers.get(4)).orElseThrow().amount()).isEqualTo(new BigDecimal("500.00"));
    assertThat(summary.paymentCount()).isEqualTo(batch.payments().size());
    assertThat(summary.total()).isEqualByComparingTo(batch.total());
  }

  @Test
  void aCollectionInterruptedAfterAChunkTakesUpWhereItStopped() {
    String first = claims.grant("230102", LocalDate.of(2026, 9, 3), 2);
    String second = claims.grant("230104", LocalDate.of(2026, 10, 3), 2);
    long batchId = disbursements.open(SCHEME, YearMonth.of(2026, 11));
    long firstEntitlement = entitlementIdOf(first);
    disbursements.collectChunk(batchId, SCHEME, YearMonth.of(2026, 11), firstEntitlement - 1, Long.MAX_VALUE, 1);

    disbursements.collectDue(batchId, 1);
    disbursements.collectDue(batchId, 1);

    Disbursements.Batch batch = disbursements.batch(batchId);
    assertThat(batch.status()).isEqualTo(Disbursements.BatchStatus.COLLECTED);
    assertThat(batch.payments()).filteredOn(payment -> payment.applicationNumber().equals(first)).singleElement()
        .extracting(Disbursements.Payment::amount).isEqualTo(new BigDecimal("1500.00"));
    assertThat(paymentOf(batch, second).orElseThrow().amount()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE batch_id = :b AND amount = 0").param("b", batchId)
        .query(Long.class).single()).as("no placeholder left").isZero();
  }

  @Test
  void aFailedPaymentIsDueAgainInTheNextBatch() {
    String number = claims.grant("230102", LocalDate.of(2026, 10, 2), 2);
    Disbursements.Batch november = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    long failed = paymentOf(november, number).orElseThrow().id();
    disbursements.approveForExport(november.id(), "finance");

    disbursements.confirm(november.id(), Map.of(failed, "账户已销户"), "finance");

    assertThat(jdbc.sql("SELECT failure_reason FROM payment WHERE id = :id").param("id", failed).query(String.class)
        .single()).isEqualTo("账户已销户");
    assertThat(periodsWithStatus(number, "PAID")).isZero();
    Disbursements.Payment retry = paymentOf(disbursements.collect(SCHEME, YearMonth.of(2026, 12)), number).orElseThrow();
    assertThat(retry.firstPeriod()).isEqualTo("2026-10");
    assertThat(retry.lastPeriod()).isEqualTo("2026-12");
    assertThat(retry.amount()).isEqualTo(new BigDecimal("1500.00"));
  }

  @Test
  void anEntitlementEndsWhenItsLastMonthIsPaid() {
    String number = claims.grant("230102", LocalDate.of(2023, 12, 5), 2);
    Disbursements.Batch batch = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    assertThat(paymentOf(batch, number).orElseThrow().lastPeriod()).isEqualTo("2026-11");
    disbursements.approveForExport(batch.id(), "finance");

    disbursements.confirm(batch.id(), Map.of(), "finance");

    assertThat(statusOf(number)).isEqualTo("ENDED");
    assertThat(paymentOf(disbursements.collect(SCHEME, YearMonth.of(2027, 6)), number)).isEmpty();
  }

  @Test
  void anEntitlementWhoseEarlierMonthsFailedEndsWhenTheyArePaidAfterItsLastMonth() {
    String number = claims.grant("230102", LocalDate.of(2023, 12, 5), 2);
    Disbursements.Batch october = disbursements.collect(SCHEME, YearMonth.of(2026, 10));
    Disbursements.Batch november = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    disbursements.approveForExport(october.id(), "finance");
    disbursements.approveForExport(november.id(), "finance");

    disbursements.confirm(october.id(), Map.of(paymentOf(october, number).orElseThrow().id(), "账户已冻结"), "finance");
    disbursements.confirm(november.id(), Map.of(), "finance");
    assertThat(statusOf(number)).as("the last month paid, the earlier ones due again").isEqualTo("LIVE");

    Disbursements.Batch december = disbursements.collect(SCHEME, YearMonth.of(2026, 12));
    assertThat(paymentOf(december, number).orElseThrow().lastPeriod()).isEqualTo("2026-10");
    disbursements.approveForExport(december.id(), "finance");
    disbursements.confirm(december.id(), Map.of(), "finance");

    assertThat(statusOf(number)).isEqualTo("ENDED");
  }

  @Test
  void aMonthAfterTheLastThatAFailedPaymentHeldIsNotDueAgain() {
    String number = claims.grant("230104", LocalDate.of(2026, 9, 4), 2);
    Disbursements.Batch november = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    disbursements.approveForExport(november.id(), "finance");
    endedAfterOctober(number);

    disbursements.confirm(november.id(), Map.of(paymentOf(november, number).orElseThrow().id(), "账户已冻结"), "finance");

    assertThat(entitlements.periodsOf(number)).extracting(Entitlements.Period::period)
        .containsExactly("2026-09", "2026-10");
    Disbursements.Payment retry = paymentOf(disbursements.collect(SCHEME, YearMonth.of(2026, 12)), number).orElseThrow();
    assertThat(retry.amount()).isEqualTo(new BigDecimal("1000.00"));
    assertThat(retry.lastPeriod()).isEqualTo("2026-10");
  }

  @Test
  void aScheduleEndedWhileItsLastHeldMonthFailedEndsWithEveryEarlierMonthPaid() {
    String number = paidUpToOctober();
    Disbursements.Batch november = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    disbursements.approveForExport(november.id(), "finance");
    endedAfterOctober(number);

    disbursements.confirm(november.id(), Map.of(paymentOf(november, number).orElseThrow().id(), "账户已销户"), "finance");

    assertEndedWithEveryMonthPaid(number);
  }

  @Test
  void aScheduleEndedWhileARefusedBatchHeldItsLastMonthEndsWithEveryEarlierMonthPaid() {
    String number = paidUpToOctober();
    Disbursements.Batch november = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    endedAfterOctober(number);

    disbursements.reject(november.id(), "finance");

    assertEndedWithEveryMonthPaid(number);
  }

  /** A childcare schedule from 2026-09 whose September and October are paid. */
  private String paidUpToOctober() {
    String number = claims.grant("230104", LocalDate.of(2026, 9, 4), 2);
    Disbursements.Batch october = disbursements.collect(SCHEME, YearMonth.of(2026, 10));
    disbursements.approveForExport(october.id(), "finance");
    disbursements.confirm(october.id(), Map.of(), "finance");
    return number;
  }

  /** Ended after October while later months were held, as requalification ends a schedule. */
  private void endedAfterOctober(String number) {
    entitlements.closeAfter(entitlementIdOf(number), YearMonth.of(2026, 10));
  }

  private void assertEndedWithEveryMonthPaid(String number) {
    assertThat(entitlements.periodsOf(number)).extracting(Entitlements.Period::status).containsOnly("PAID");
    assertThat(statusOf(number)).as("every month it still owes is paid").isEqualTo("ENDED");
  }

  private String statusOf(String applicationNumber) {
    return jdbc.sql("SELECT status FROM entitlement WHERE application_number = :number")
        .param("number", applicationNumber).query(String.class).single();
  }

  @Test
  void aRejectedBatchReleasesItsMonths() {
    String number = claims.grant("230103", LocalDate.of(2026, 6, 30), 2);
    Disbursements.Batch batch = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    assertThat(paymentOf(batch, number)).isPresent();

    disbursements.reject(batch.id(), "finance");

    assertThat(periodsWithStatus(number, "DUE")).isEqualTo(36);
    assertThat(paymentOf(disbursements.collect(SCHEME, YearMonth.of(2026, 11)), number).orElseThrow().amount())
        .isEqualTo(new BigDecimal("3000.00"));
  }

  @Test
  void aPaymentNumberNotInTheBatchIsRefusedAndNothingChanges() {
    String number = claims.grant("230102", LocalDate.of(2026, 8, 8), 2);
    Disbursements.Batch batch = disbursements.collect(SCHEME, YearMonth.of(2026, 11));
    disbursements.approveForExport(batch.id(), "finance");

    assertThatThrownBy(() -> disbursements.confirm(batch.id(), Map.of(999_999L, "?"), "finance"))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("999999");
    assertThat(periodsWithStatus(number, "IN_BATCH")).isEqualTo(4);
  }

  @Test
  void theBankFileHasTheFullAccountAndTotalsByDivision() throws IOException {
    String number = claims.grant("230103", LocalDate.of(2026, 11, 1), 3);
    Disbursements.Batch batch = disbursements.collect(SCHEME, YearMonth.of(2026, 11));

    StringBuilder bankFile = new StringBuilder();
    try (BankFile file = new BankFile(bankFile)) {
      disbursements.forEachPayment(batch.id(), file::add);
    }
    assertThat(bankFile).contains(number, "6222021234567890123", "1000.00", "2026-11~2026-11");
    assertThat(batch.totalsByDivision()).containsKey(HarbinDivision.NANGANG);
    Disbursements.Summary summary = disbursements.summary(batch.id());
    assertThat(summary.divisions().get(HarbinDivision.NANGANG).amount())
        .isEqualByComparingTo(batch.totalsByDivision().get(HarbinDivision.NANGANG));
    assertThat(summary.paymentCount()).isEqualTo(batch.payments().size());
    assertThat(BatchOverview.divisionTotals(summary)).contains("南岗区", "合计").doesNotContain("6222021234567890123");
  }

  @Test
  void aBatchMovesOnlyForward() {
    claims.grant("230102", LocalDate.of(2026, 5, 5), 2);
    Disbursements.Batch batch = disbursements.collect(SCHEME, YearMonth.of(2026, 11));

    assertThatThrownBy(() -> disbursements.confirm(batch.id(), Map.of(), "finance"))
        .isInstanceOf(ConflictException.class);
    disbursements.approveForExport(batch.id(), "finance");
    assertThatThrownBy(() -> disbursements.approveForExport(batch.id(), "finance"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> disbursements.reject(batch.id(), "finance")).isInstanceOf(ConflictException.class);
    disbursements.confirm(batch.id(), Map.of(), "finance");
    assertThatThrownBy(() -> disbursements.confirm(batch.id(), Map.of(), "finance"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aRunForNoSchemeOrAnUnknownOneIsRefusedWithoutABatch() {
    long batches = jdbc.sql("SELECT COUNT(*) FROM disbursement_batch").query(Long.class).single();
    assertThatThrownBy(() -> disbursements.collect(null, YearMonth.of(2026, 11)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("scheme");
    assertThatThrownBy(() -> disbursements.collect("x".repeat(50), YearMonth.of(2026, 11)))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM disbursement_batch").query(Long.class).single()).isEqualTo(batches);
  }

  @Test
  void noRunReachesIntoALaterMonth() {
    Clock november = Clock.fixed(Instant.parse("2026-11-15T00:00:00Z"), TimeConfiguration.HARBIN);
    assertThat(DisbursementMonth.of("", november)).isEqualTo(YearMonth.of(2026, 11));
    assertThat(DisbursementMonth.of("2026-10", november)).isEqualTo(YearMonth.of(2026, 10));
    assertThatThrownBy(() -> DisbursementMonth.of("2026-12", november)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("不能晚于本月");
    assertThatThrownBy(() -> DisbursementMonth.of("2026/12", november)).isInstanceOf(InvalidRequestException.class);
  }
}
