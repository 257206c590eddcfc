package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.MultiRowInsert;
import cn.harbin.fertility.common.Sequences;
import cn.harbin.fertility.policy.DatedRates;
import cn.harbin.fertility.policy.MonthlyPayment;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Granted entitlements and the periods they owe, for every scheme; the disbursement pays from here. */
@Repository
public class Entitlements {

  /**
   * LIVE while periods are owed; ENDED once it has a last period and every period is paid ({@link #endIfComplete});
   * SUSPENDED when the yearly requalification was not confirmed in time: nothing is paid until it is.
   */
  public enum Status {
    LIVE,
    ENDED,
    SUSPENDED
  }

  public enum Frequency {
    MONTHLY,
    YEARLY
  }

  /**
   * An entitlement that runs until requalification ends it: each period is priced by {@code rate} in force in its
   * month ({@link DatedRates}); a month without a value in force (the city has not set its standard) owes nothing.
   * {@code amount} is the current one, for lists (null while there is none).
   */
  public record OpenEnded(
      String applicationNumber,
      String scheme,
      String clause,
      String beneficiaryIdNumber,
      String payeeName,
      String bankName,
      String bankAccount,
      String divisionCode,
      Frequency frequency,
      BigDecimal amount,
      String rate,
      YearMonth firstPeriod,
      Map<String, String> parametersUsed) {}

  public record NewEntitlement(
      String applicationNumber,
      String scheme,
      String clause,
      String beneficiaryIdNumber,
      String payeeName,
      String bankName,
      String bankAccount,
      String divisionCode,
      List<MonthlyPayment> schedule,
      String rate,
      Map<String, String> parametersUsed) {}

  public record Period(String period, BigDecimal amount, String status) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batchedJdbc;
  private final Sequences sequences;
  private final PolicyParameterSource parameters;

  public Entitlements(JdbcTemplate jdbcTemplate, Sequences sequences, PolicyParameterSource parameters) {
    this.jdbc = JdbcClient.create(jdbcTemplate);
    this.batchedJdbc = jdbcTemplate;
    this.sequences = sequences;
    this.parameters = parameters;
  }

  /** @return the new entitlement's id */
  public long record(NewEntitlement entitlement, Instant grantedAt) {
    List<MonthlyPayment> schedule = entitlement.schedule();
    long id = insert(entitlement.applicationNumber(), entitlement.scheme(), entitlement.clause(),
        entitlement.beneficiaryIdNumber(), entitlement.payeeName(), entitlement.bankName(), entitlement.bankAccount(),
        entitlement.divisionCode(), schedule.get(0).month(), schedule.get(schedule.size() - 1).month(),
        Frequency.MONTHLY, null, entitlement.rate(), entitlement.parametersUsed(), grantedAt);
    insertPeriods(id, schedule);
    return id;
  }

  /** The months in one statement (36 of the childcare subsidy), not one round trip a month. */
  private void insertPeriods(long entitlementId, List<MonthlyPayment> months) {
    if (months.isEmpty()) {
      return;
    }
    List<Object> values = new ArrayList<>();
    for (MonthlyPayment month : months) {
      values.addAll(List.of(entitlementId, month.month().toString(), month.amount()));
    }
    jdbc.sql(MultiRowInsert.of("INSERT INTO entitlement_period (entitlement_id, period, amount)", "(?, ?, ?)",
            months.size()))
        .params(values).update();
  }

  /**
   * Starts after every period the scheme already owes the beneficiary under another entitlement: a family that applies
   * again in the year its earlier 奖励扶助 ended is not paid that year twice, nor a month twice.
   *
   * @return the new entitlement's id
   */
  public long recordOpenEnded(OpenEnded entitlement, Instant grantedAt) {
    YearMonth first = entitlement.firstPeriod();
    if (entitlement.rate() != null) {
      Optional<YearMonth> latest = jdbc.sql("""
              SELECT MAX(p.period) FROM entitlement_period p JOIN entitlement e ON e.id = p.entitlement_id
              WHERE e.scheme = :scheme AND e.beneficiary_id_number = :beneficiary""")
          .param("scheme", entitlement.scheme()).param("beneficiary", entitlement.beneficiaryIdNumber())
          .query((row, n) -> Optional.ofNullable(row.getString(1)).map(YearMonth::parse)).single();
      if (latest.isPresent()) {
        YearMonth after = next(latest.get(), entitlement.frequency());
        first = after.isAfter(first) ? after : first;
      }
    }
    return insert(entitlement.applicationNumber(), entitlement.scheme(), entitlement.clause(),
        entitlement.beneficiaryIdNumber(), entitlement.payeeName(), entitlement.bankName(), entitlement.bankAccount(),
        entitlement.divisionCode(), first, null, entitlement.frequency(), entitlement.amount(),
        entitlement.rate(), entitlement.parametersUsed(), grantedAt);
  }

  /** One parameter per column: the fixed and the open-ended entitlements share this one insert. */
  private long insert(String applicationNumber, String scheme, String clause, String beneficiary, String payee,
      String bankName, String bankAccount, String division, YearMonth first, YearMonth last, Frequency frequency,
      BigDecimal amount, String rate, Map<String, String> parametersUsed, Instant grantedAt) {
    long id = sequences.next("entitlement_seq");
    jdbc.sql("""
            INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
              bank_name, bank_account, division_code, first_period, last_period, frequency, amount, rate, priced_with,
              status, parameters_used, granted_at)
            VALUES (:id, :number, :scheme, :clause, :beneficiary, :payee, :bankName, :bankAccount, :division,
              :first, :last, :frequency, :amount, :rate, :pricedWith, :status, :parameters, :grantedAt)""")
        .param("id", id)
        .param("number", applicationNumber)
        .param("scheme", scheme)
        .param("clause", clause)
        .param("beneficiary", beneficiary)
        .param("payee", payee)
        .param("bankName", bankName)
        .param("bankAccount", bankAccount)
        .param("division", division)
        .param("first", first.toString())
        .param("last", last == null ? null : last.toString())
        .param("frequency", frequency.name())
        .param("amount", amount)
        .param("rate", rate)
        .param("pricedWith", rate == null ? null : new DatedRates(parameters).pricing(rate))
        .param("status", Status.LIVE.name())
        .param("parameters", describe(parametersUsed))
        .param("grantedAt", Timestamp.from(grantedAt))
        .update();
    return id;
  }

  /**
   * Adds what one period owes to the beneficiary's open-ended entitlement in the scheme, made on first use: a scheme
   * whose amounts are decided period by period (an inclusive nursery's accepted month), paid by the scheme's runs.
   * The entitlement has no rate, so that no run makes periods of it by itself; it pays to the payee and account last
   * given.
   *
   * @param holder the entitlement as made on first use (its amount and frequency are ignored)
   */
  public void addPeriod(OpenEnded holder, YearMonth period, BigDecimal amount, Instant at) {
    Long id = jdbc.sql("""
            SELECT id FROM entitlement WHERE scheme = :scheme AND beneficiary_id_number = :beneficiary
              AND status = 'LIVE' AND last_period IS NULL AND rate IS NULL""")
        .param("scheme", holder.scheme()).param("beneficiary", holder.beneficiaryIdNumber())
        .query(Long.class).optional()
        .orElseGet(() -> recordOpenEnded(new OpenEnded(holder.applicationNumber(), holder.scheme(), holder.clause(),
            holder.beneficiaryIdNumber(), holder.payeeName(), holder.bankName(), holder.bankAccount(),
            holder.divisionCode(), Frequency.MONTHLY, null, null, period, holder.parametersUsed()), at));
    jdbc.sql("UPDATE entitlement SET payee_name = :payee, bank_name = :bankName, bank_account = :bankAccount "
            + "WHERE id = :id")
        .param("payee", holder.payeeName()).param("bankName", holder.bankName())
        .param("bankAccount", holder.bankAccount()).param("id", id).update();
    jdbc.sql("INSERT INTO entitlement_period (entitlement_id, period, amount) VALUES (:id, :period, :amount)")
        .param("id", id).param("period", period.toString()).param("amount", amount).update();
    batchedJdbc.update(LOWER_OWED_FROM, period.toString(), id, period.toString());
  }

  /**
   * Ends the entitlement if its schedule is complete: a last period set (a fixed schedule, or one that requalification
   * ended) and every period paid. An open-ended entitlement never is. Frees the claims of its application once every
   * entitlement of that application has ended and the case is decided.
   */
  public void endIfComplete(long entitlementId) {
    endCompleted(List.of(entitlementId));
  }

  /**
   * The periods an open-ended entitlement owes up to and including the month, where they are not there yet: the runs
   * make them only for a live entitlement without an end, so a family suspended for want of its yearly confirmation
   * has none for those months. Requalification calls this before it ends an entitlement, which would otherwise lose
   * those months. One without a rate or already ended gets none.
   */
  private void owePeriodsUpTo(long entitlementId, YearMonth upTo) {
    // Locked first, so that another call for it waits and then finds the periods this one made.
    jdbc.sql("SELECT id FROM entitlement WHERE id = :id FOR UPDATE").param("id", entitlementId).query(Long.class)
        .list();
    insertPricedPeriods(jdbc.sql(OPEN_ENDED_TO_EXTEND + "e.id = :id").param("id", entitlementId)
        .query(ToExtend::of).list(), upTo);
  }

  /**
   * The periods the scheme's live open-ended entitlements of the block owe up to the run's month: every month, or
   * every year's January, from the first period on, each priced by the rate in force then. Locked, as requalification
   * locks one it ends: a death recorded meanwhile either waits for these months and then removes those after it, or
   * has set the end before they are read.
   */
  void extendOpenEnded(String scheme, IdBlock block, YearMonth upTo) {
    insertPricedPeriods(jdbc.sql(OPEN_ENDED_TO_EXTEND
            + "e.scheme = :scheme AND e.status = 'LIVE' AND e.id BETWEEN :first AND :last ORDER BY e.id FOR UPDATE")
        .param("scheme", scheme).param("first", block.first()).param("last", block.last())
        .query(ToExtend::of).list(), upTo);
  }

  /** Open-ended entitlements priced by a rate, with their latest period, as {@link ToExtend#of} reads them. */
  private static final String OPEN_ENDED_TO_EXTEND = """
      SELECT e.id, e.first_period, e.frequency, e.amount, e.rate, e.owed_from,
        (SELECT MAX(p.period) FROM entitlement_period p WHERE p.entitlement_id = e.id) AS latest
      FROM entitlement e WHERE e.last_period IS NULL AND e.rate IS NOT NULL AND\s""";

  /** The ranges {@code h} of the live (pending or paid) payments, which hold their months (V16). */
  private static final String LIVE_RANGES = """
      payment_range h JOIN payment live ON live.id = h.payment_id AND live.status IN ('PENDING', 'PAID')""";

  /** Of a row of {@code entitlement_period}: no live payment holds the month. */
  static final String NOT_HELD = "NOT EXISTS (SELECT 1 FROM " + LIVE_RANGES
      + " WHERE h.entitlement_id = entitlement_period.entitlement_id"
      + " AND entitlement_period.period BETWEEN h.first_period AND h.last_period)";

  /**
   * The entitlement ends with the month: every period up to it is owed ({@link #owePeriodsUpTo}), and those after it
   * that no payment holds are no longer; held ones go if their payment fails.
   */
  public void closeAfter(long entitlementId, YearMonth lastPeriod) {
    owePeriodsUpTo(entitlementId, lastPeriod);
    jdbc.sql("UPDATE entitlement SET last_period = :last WHERE id = :id")
        .param("last", lastPeriod.toString()).param("id", entitlementId).update();
    jdbc.sql("DELETE FROM entitlement_period WHERE entitlement_id = :id AND period > :last AND " + NOT_HELD)
        .param("id", entitlementId).param("last", lastPeriod.toString()).update();
  }

  /** An entitlement as a run's chunk reads it: the rate that prices it and the values it was priced with. */
  record PricedWith(long id, String rate, String pricedWith) {}

  /**
   * What V15 marks a special-assistance entitlement granted before it with: its unpaid months (a suspension's, say)
   * were priced by the family's household and category then, which may have changed since, so they keep their
   * amounts; only values added from then on price them anew.
   */
  static final String PRICED_AS_GRANTED = "as-granted";

  /**
   * The unpaid periods of those entitlements whose rate has had a value added (or changed) since they were priced are
   * priced anew, each by the value in force in its month; those periods paid or held by a payment stay as they were,
   * and so do those of an entitlement {@link #PRICED_AS_GRANTED}. An open-ended entitlement's amount becomes that of
   * its latest period.
   */
  void priceAnewWhereChanged(List<PricedWith> entitlements) {
    DatedRates rates = new DatedRates(parameters);
    List<PricedWith> changed = entitlements.stream().filter(entitlement -> entitlement.rate() != null
        && !rates.pricing(entitlement.rate()).equals(entitlement.pricedWith())).toList();
    byRate(changed.stream().filter(entitlement -> !PRICED_AS_GRANTED.equals(entitlement.pricedWith())).toList())
        .forEach((rate, ids) -> {
          for (DatedRates.Span span : rates.spans(rate)) {
            jdbc.sql("""
                    UPDATE entitlement_period SET amount = :amount
                    WHERE entitlement_id IN (:ids) AND period >= :first AND period <= :last AND amount <> :amount
                      AND\s""" + NOT_HELD)
                .param("amount", span.amount()).param("ids", ids).param("first", span.first().toString())
                .param("last", span.last() == null ? "9999-12" : span.last().toString()).update();
          }
        });
    byRate(changed).forEach((rate, ids) -> jdbc.sql("""
            UPDATE entitlement SET priced_with = :pricing,
              amount = CASE WHEN last_period IS NULL THEN COALESCE((SELECT p.amount FROM entitlement_period p
                WHERE p.entitlement_id = entitlement.id ORDER BY p.period DESC FETCH FIRST 1 ROW ONLY), amount)
                ELSE amount END
            WHERE id IN (:ids)""")
        .param("pricing", rates.pricing(rate)).param("ids", ids).update());
  }

  private static Map<String, List<Long>> byRate(List<PricedWith> entitlements) {
    return entitlements.stream()
        .collect(Collectors.groupingBy(PricedWith::rate, Collectors.mapping(PricedWith::id, Collectors.toList())));
  }

  /** An open-ended entitlement whose periods {@link #insertPricedPeriods} makes. */
  private record ToExtend(long id, YearMonth first, Frequency frequency, BigDecimal amount, String rate,
      String owedFrom, String latest) {

    /** From a row of {@link #OPEN_ENDED_TO_EXTEND}. */
    static ToExtend of(ResultSet row, int number) throws SQLException {
      return new ToExtend(row.getLong("id"), YearMonth.parse(row.getString("first_period")),
          Frequency.valueOf(row.getString("frequency")), row.getBigDecimal("amount"), row.getString("rate"),
          row.getString("owed_from"), row.getString("latest"));
    }
  }

  /**
   * Makes the periods of open-ended entitlements after their latest one up to and including the month, each priced
   * by the rate in force in its month, and keeps each entitlement's amount that of its latest period.
   */
  private void insertPricedPeriods(List<ToExtend> entitlements, YearMonth upTo) {
    DatedRates rates = new DatedRates(parameters);
    List<Object[]> periods = new ArrayList<>();
    List<Object[]> amounts = new ArrayList<>();
    List<Object[]> owedFrom = new ArrayList<>();
    for (ToExtend entitlement : entitlements) {
      BigDecimal latestAmount = entitlement.amount();
      String firstMade = null;
      for (YearMonth period : periodsAfter(entitlement.first(), entitlement.frequency(), entitlement.latest(), upTo)) {
        Optional<BigDecimal> amount = rates.amountFor(entitlement.rate(), period);
        if (amount.isPresent()) {
          periods.add(new Object[] {entitlement.id(), period.toString(), amount.get()});
          latestAmount = amount.get();
          firstMade = firstMade == null ? period.toString() : firstMade;
        }
      }
      if (latestAmount != null && (entitlement.amount() == null || latestAmount.compareTo(entitlement.amount()) != 0)) {
        amounts.add(new Object[] {latestAmount, entitlement.id()});
      }
      if (firstMade != null && entitlement.owedFrom() != null && firstMade.compareTo(entitlement.owedFrom()) < 0) {
        owedFrom.add(new Object[] {firstMade, entitlement.id(), firstMade});
      }
    }
    batchedJdbc.batchUpdate("INSERT INTO entitlement_period (entitlement_id, period, amount) VALUES (?, ?, ?)",
        periods);
    batchedJdbc.batchUpdate("UPDATE entitlement SET amount = ? WHERE id = ?", amounts);
    // Months a standard set since has priced, before those the runs have already collected up to.
    batchedJdbc.batchUpdate(LOWER_OWED_FROM, owedFrom);
  }

  /** A month made below an entitlement's {@code owed_from} is owed, and the collection reads it from then on. */
  private static final String LOWER_OWED_FROM = "UPDATE entitlement SET owed_from = ? WHERE id = ? AND owed_from > ?";

  /**
   * The periods of an open-ended entitlement after its latest one (or from its first: each January's for a yearly
   * one) up to and including the month.
   */
  private static List<YearMonth> periodsAfter(YearMonth first, Frequency frequency, String latest, YearMonth upTo) {
    List<YearMonth> periods = new ArrayList<>();
    YearMonth period = latest != null ? next(YearMonth.parse(latest), frequency)
        : frequency == Frequency.YEARLY ? YearMonth.of(first.getYear(), 1) : first;
    for (; !period.isAfter(upTo); period = next(period, frequency)) {
      periods.add(period);
    }
    return periods;
  }

  /** The period after this one: the next month, or a yearly entitlement's next January. */
  static YearMonth next(YearMonth period, Frequency frequency) {
    return frequency == Frequency.YEARLY ? period.plusYears(1) : period.plusMonths(1);
  }

  /** {@link #endIfComplete(long)} for each of them. */
  public void endIfComplete(List<Long> entitlementIds) {
    endCompleted(entitlementIds);
  }

  /** {@link #endIfComplete} for every entitlement the listed payments paid. */
  public void endCompletedPaidBy(Collection<Long> paymentIds) {
    // Only one whose latest period is held can be complete: one look at each, before the check of every period,
    // which would read all the periods of every entitlement a run pays.
    List<Long> latestHeld = jdbc.sql("""
            SELECT e.id FROM entitlement e
            WHERE e.id IN (SELECT entitlement_id FROM payment WHERE id IN (:payments) AND status = 'PAID')
              AND e.status IN ('LIVE', 'SUSPENDED') AND e.last_period IS NOT NULL
              AND EXISTS (SELECT 1 FROM\s""" + LIVE_RANGES + " WHERE h.entitlement_id = e.id"
            + " AND h.last_period >= (SELECT MAX(p.period) FROM entitlement_period p WHERE p.entitlement_id = e.id))")
        .param("payments", paymentIds).query(Long.class).list();
    if (!latestHeld.isEmpty()) {
      endCompleted(latestHeld);
    }
  }

  private void endCompleted(List<Long> entitlementIds) {
    // Locked first: a settlement or requalification finishing another part of the same schedule at once then waits,
    // and whichever checks last sees every month paid.
    jdbc.sql("SELECT id FROM entitlement WHERE id IN (:ids) ORDER BY id FOR UPDATE")
        .param("ids", entitlementIds).query(Long.class).list();
    jdbc.sql("""
            UPDATE entitlement SET status = 'ENDED'
            WHERE id IN (:ids) AND status IN ('LIVE', 'SUSPENDED') AND last_period IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM entitlement_period_state p
                WHERE p.entitlement_id = entitlement.id AND p.status <> 'PAID')""")
        .param("ids", entitlementIds).update();
    jdbc.sql(FREE_CLAIMS_OF_ENDED + "SELECT application_number FROM entitlement WHERE status = 'ENDED' AND id IN (:ids))")
        .param("ids", entitlementIds).update();
  }

  /**
   * The claims of these applications go once every entitlement of each has ended, but not while its case is still
   * open: a birth bundle's home-purchase subsidy is paid and ended while other bureaus still work on the case, which
   * holds the child's claim until it is decided ({@link #freeClaimsIfEnded}).
   */
  private static final String FREE_CLAIMS_OF_ENDED = """
      DELETE FROM live_claim
      WHERE NOT EXISTS (SELECT 1 FROM entitlement other
          WHERE other.application_number = live_claim.application_number AND other.status <> 'ENDED')
        AND NOT EXISTS (SELECT 1 FROM application a
          WHERE a.application_number = live_claim.application_number AND a.status = 'RECEIVED')
        AND application_number IN (""";

  /**
   * The case was just decided granted: if what it granted has all been paid and ended meanwhile (a birth bundle's
   * home-purchase subsidy, say), its claims go now, as they would have when the last entitlement ended.
   */
  public void freeClaimsIfEnded(String applicationNumber) {
    // Locked as endCompleted locks them: a settlement ending the last of them at the same time has committed, or waits
    // and then sees the case decided.
    jdbc.sql("SELECT id FROM entitlement WHERE application_number = :n ORDER BY id FOR UPDATE")
        .param("n", applicationNumber).query(Long.class).list();
    jdbc.sql(FREE_CLAIMS_OF_ENDED + "SELECT application_number FROM entitlement WHERE application_number = :n)")
        .param("n", applicationNumber).update();
  }

  /** The application under which the beneficiary was granted an entitlement of the scheme, live or ended. */
  public Optional<String> grantedUnder(String scheme, String beneficiaryIdNumber) {
    return jdbc.sql("""
            SELECT application_number FROM entitlement WHERE scheme = :scheme AND beneficiary_id_number = :beneficiary
            ORDER BY id FETCH FIRST 1 ROW ONLY""")
        .param("scheme", scheme).param("beneficiary", beneficiaryIdNumber).query(String.class).optional();
  }

  public List<Period> periodsOf(String applicationNumber) {
    return jdbc.sql("""
            SELECT p.period, p.amount, p.status
            FROM entitlement_period_state p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE e.application_number = :number ORDER BY p.period""")
        .param("number", applicationNumber)
        .query((row, n) -> new Period(row.getString("period"), row.getBigDecimal("amount"), row.getString("status")))
        .list();
  }

  private static String describe(Map<String, String> parametersUsed) {
    return parametersUsed.entrySet().stream().map(entry -> entry.getKey() + " = " + entry.getValue())
        .collect(Collectors.joining("\n"));
  }
}
