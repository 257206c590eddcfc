package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.Sequences;
import cn.harbin.fertility.policy.MonthlyPayment;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Granted entitlements and the periods they owe, for every scheme; the disbursement pays from here. */
@Repository
public class Entitlements {

  /**
   * LIVE while periods are owed; ENDED when the last one is paid (Disbursements) or requalification ended it;
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
   * An entitlement that runs until requalification ends it: a period's amount is {@code amount} (null while the
   * city has not set its standard: nothing is paid until it does).
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
      Map<String, String> parametersUsed) {}

  public record Period(String period, BigDecimal amount, String status) {}

  private final JdbcClient jdbc;
  private final Sequences sequences;

  public Entitlements(JdbcClient jdbc, Sequences sequences) {
    this.jdbc = jdbc;
    this.sequences = sequences;
  }

  /** @return the new entitlement's id */
  public long record(NewEntitlement entitlement, Instant grantedAt) {
    long id = sequences.next("entitlement_seq");
    List<MonthlyPayment> schedule = entitlement.schedule();
    jdbc.sql("""
            INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
              bank_name, bank_account, division_code, first_period, last_period, frequency, status, parameters_used,
              granted_at)
            VALUES (:id, :number, :scheme, :clause, :beneficiary, :payee, :bankName, :bankAccount, :division,
              :first, :last, 'MONTHLY', :status, :parameters, :grantedAt)""")
        .param("id", id)
        .param("number", entitlement.applicationNumber())
        .param("scheme", entitlement.scheme())
        .param("clause", entitlement.clause())
        .param("beneficiary", entitlement.beneficiaryIdNumber())
        .param("payee", entitlement.payeeName())
        .param("bankName", entitlement.bankName())
        .param("bankAccount", entitlement.bankAccount())
        .param("division", entitlement.divisionCode())
        .param("first", schedule.get(0).month().toString())
        .param("last", schedule.get(schedule.size() - 1).month().toString())
        .param("status", Status.LIVE.name())
        .param("parameters", describe(entitlement.parametersUsed()))
        .param("grantedAt", Timestamp.from(grantedAt))
        .update();
    for (MonthlyPayment payment : schedule) {
      jdbc.sql("INSERT INTO entitlement_period (entitlement_id, period, amount, status) VALUES (:id, :period, :amount, 'DUE')")
          .param("id", id).param("period", payment.month().toString()).param("amount", payment.amount()).update();
    }
    return id;
  }

  /** @return the new entitlement's id */
  public long recordOpenEnded(OpenEnded entitlement, Instant grantedAt) {
    long id = sequences.next("entitlement_seq");
    jdbc.sql("""
            INSERT INTO entitlement (id, application_number, scheme, clause, beneficiary_id_number, payee_name,
              bank_name, bank_account, division_code, first_period, frequency, amount, status, parameters_used,
              granted_at)
            VALUES (:id, :number, :scheme, :clause, :beneficiary, :payee, :bankName, :bankAccount, :division,
              :first, :frequency, :amount, :status, :parameters, :grantedAt)""")
        .param("id", id)
        .param("number", entitlement.applicationNumber())
        .param("scheme", entitlement.scheme())
        .param("clause", entitlement.clause())
        .param("beneficiary", entitlement.beneficiaryIdNumber())
        .param("payee", entitlement.payeeName())
        .param("bankName", entitlement.bankName())
        .param("bankAccount", entitlement.bankAccount())
        .param("division", entitlement.divisionCode())
        .param("first", entitlement.firstPeriod().toString())
        .param("frequency", entitlement.frequency().name())
        .param("amount", entitlement.amount())
        .param("status", Status.LIVE.name())
        .param("parameters", describe(entitlement.parametersUsed()))
        .param("grantedAt", Timestamp.from(grantedAt))
        .update();
    return id;
  }

  public List<Period> periodsOf(String applicationNumber) {
    return jdbc.sql("""
            SELECT p.period, p.amount, p.status FROM entitlement_period p JOIN entitlement e ON e.id = p.entitlement_id
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
