package cn.harbin.fertility.population;

import cn.harbin.fertility.common.Sequences;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Birth registrations (生育登记, §3.1.2), issued by the one-stop service. They feed the population registry's
 * birth-order check (§3.1.4): a child not yet in the registry is recognised as the registered child of its parents.
 */
@Repository
public class BirthRegistrations {

  /** The couple's latest registration: who the parents are, which child they planned, where it was registered. */
  public record BirthRegistration(String registrationNumber, String motherIdNumber, String fatherIdNumber,
      int plannedChildOrder, String divisionCode, boolean crossProvince) {}

  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final Clock clock;

  public BirthRegistrations(JdbcClient jdbc, Sequences sequences, Clock clock) {
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.clock = clock;
  }

  /** @return the new registration number, e.g. SY-2026-000123 */
  public String issue(String applicationNumber, String motherIdNumber, String fatherIdNumber, int plannedChildOrder,
      String divisionCode, boolean crossProvince) {
    String number = String.format("SY-%d-%06d", LocalDate.now(clock).getYear(), sequences.next("birth_registration_seq"));
    jdbc.sql("""
            INSERT INTO birth_registration (registration_number, application_number, mother_id_number, father_id_number,
              planned_child_order, division_code, cross_province, issued_at)
            VALUES (:number, :application, :mother, :father, :order, :division, :cross, :at)""")
        .param("number", number).param("application", applicationNumber).param("mother", motherIdNumber)
        .param("father", fatherIdNumber).param("order", plannedChildOrder).param("division", divisionCode)
        .param("cross", crossProvince).param("at", Timestamp.from(clock.instant())).update();
    return number;
  }

  /** The latest registration of a couple, whichever parent is named first. */
  public Optional<BirthRegistration> ofCouple(String oneParent, String otherParent) {
    if (oneParent == null || otherParent == null) {
      return Optional.empty();
    }
    return jdbc.sql("""
            SELECT * FROM birth_registration
            WHERE (mother_id_number = :a AND father_id_number = :b) OR (mother_id_number = :b AND father_id_number = :a)
            ORDER BY issued_at DESC, registration_number DESC""")
        .param("a", oneParent).param("b", otherParent)
        .query((row, n) -> new BirthRegistration(row.getString("registration_number"), row.getString("mother_id_number"),
            row.getString("father_id_number"), row.getInt("planned_child_order"), row.getString("division_code"),
            row.getBoolean("cross_province")))
        .list().stream().findFirst();
  }
}
