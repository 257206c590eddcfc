package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.SpecialFamily;
import cn.harbin.fertility.policy.SupportService;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code special_family_claim} and {@code special_family_member} tables: the family as declared. The rules read
 * the family from here, never from process variables.
 */
@Repository
public class SpecialFamilyClaims {

  private final JdbcClient jdbc;

  public SpecialFamilyClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String applicationNumber, SpecialFamilyApplication application) {
    jdbc.sql("""
            INSERT INTO special_family_claim (application_number, household, applicant_phone, requested_services,
              bank_name, bank_account)
            VALUES (:number, :household, :phone, :services, :bankName, :bankAccount)""")
        .param("number", applicationNumber)
        .param("household", application.household().strip())
        .param("phone", application.applicantPhone().strip())
        .param("services", String.join(",", application.services() == null ? List.of() : application.services()))
        .param("bankName", application.bankName().strip())
        .param("bankAccount", application.bankAccount().replace(" ", ""))
        .update();
    int position = 0;
    for (SpecialFamilyApplication.ParentEntry parent : application.parents()) {
      IdentityNumber id = IdentityNumber.parse(parent.idNumber()).orElseThrow();
      insertMember(applicationNumber, position++, "PARENT", parent.name(), id.value(),
          id.male() ? "MALE" : "FEMALE", id.birthDate(), true, null,
          parent.dependency() == null || parent.dependency().isBlank() ? "NONE" : parent.dependency().strip(), false);
    }
    for (SpecialFamilyApplication.ChildEntry child : application.children()) {
      String id = child.idNumber() == null || child.idNumber().isBlank() ? null
          : IdentityNumber.parse(child.idNumber()).orElseThrow().value();
      insertMember(applicationNumber, position++, "CHILD", child.name(), id, child.sex(), child.birthDate(),
          child.living(), child.disabilityGrade(), null, Boolean.TRUE.equals(child.adopted()));
    }
  }

  private void insertMember(String number, int position, String role, String name, String idNumber, String sex,
      LocalDate birthDate, boolean living, Integer disabilityGrade, String dependency, boolean adopted) {
    jdbc.sql("""
            INSERT INTO special_family_member (application_number, position, role, name, id_number, sex, birth_date,
              living, disability_grade, dependency, adopted)
            VALUES (:number, :position, :role, :name, :id, :sex, :birthDate, :living, :grade, :dependency, :adopted)""")
        .param("number", number).param("position", position).param("role", role).param("name", name.strip())
        .param("id", idNumber).param("sex", sex.strip()).param("birthDate", Date.valueOf(birthDate))
        .param("living", living).param("grade", disabilityGrade).param("dependency", dependency)
        .param("adopted", adopted)
        .update();
  }

  /** The case's family as declared and recorded, in one query: the claim's row for each of its members. */
  public DeclaredFamily declared(String applicationNumber) {
    return jdbc.sql("""
            SELECT c.household, c.requested_services, c.bank_name, c.bank_account, c.last_assessed, a.division_code,
              a.received_at, m.role, m.name, m.id_number, m.sex, m.birth_date, m.living, m.disability_grade,
              m.dependency, m.adopted
            FROM special_family_claim c JOIN application a ON a.application_number = c.application_number
              LEFT JOIN special_family_member m ON m.application_number = c.application_number
            WHERE c.application_number = :number ORDER BY m.position""")
        .param("number", applicationNumber)
        .query(rows -> {
          if (!rows.next()) {
            throw new IllegalArgumentException("no special family claim " + applicationNumber);
          }
          SpecialFamily.Household household = SpecialFamily.Household.valueOf(rows.getString("household"));
          Set<SupportService> services = services(rows.getString("requested_services"));
          String bankName = rows.getString("bank_name");
          String bankAccount = rows.getString("bank_account");
          String divisionCode = rows.getString("division_code");
          LocalDate receivedOn = LocalDate.ofInstant(rows.getTimestamp("received_at").toInstant(),
              TimeConfiguration.HARBIN);
          LocalDate lastConfirmed = Optional.ofNullable(rows.getDate("last_assessed")).map(Date::toLocalDate)
              .orElse(null);
          List<DeclaredFamily.Member> members = new ArrayList<>();
          do {
            if (rows.getString("role") != null) {
              boolean parent = rows.getString("role").equals("PARENT");
              members.add(new DeclaredFamily.Member(parent, rows.getString("name"), rows.getString("id_number"),
                  SpecialFamily.Sex.valueOf(rows.getString("sex")), rows.getDate("birth_date").toLocalDate(),
                  rows.getBoolean("living"), (Integer) rows.getObject("disability_grade", Integer.class),
                  parent ? SpecialFamily.Dependency.valueOf(rows.getString("dependency")) : null,
                  rows.getBoolean("adopted")));
            }
          } while (rows.next());
          return new DeclaredFamily(applicationNumber, household, services, bankName, bankAccount, divisionCode,
              receivedOn, lastConfirmed, List.copyOf(members));
        });
  }

  private static Set<SupportService> services(String requested) {
    return requested.isBlank() ? Set.of() : Arrays.stream(requested.split(",")).map(SupportService::valueOf)
        .collect(Collectors.toSet());
  }

  /** A yearly confirmation applied the rules to the family as it is on the day. */
  public void confirmedOn(String applicationNumber, LocalDate day) {
    jdbc.sql("UPDATE special_family_claim SET last_assessed = :day WHERE application_number = :n")
        .param("day", Date.valueOf(day)).param("n", applicationNumber).update();
  }
}
