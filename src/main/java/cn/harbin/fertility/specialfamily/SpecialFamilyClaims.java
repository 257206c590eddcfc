package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.policy.SpecialFamily;
import cn.harbin.fertility.policy.SupportService;
import java.sql.Date;
import java.time.LocalDate;
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

  /** The family of record, as the rules of §3.5 see it on the given day. */
  public SpecialFamily family(String applicationNumber, LocalDate day) {
    SpecialFamily.Household household = SpecialFamily.Household.valueOf(jdbc.sql(
            "SELECT household FROM special_family_claim WHERE application_number = :number")
        .param("number", applicationNumber).query(String.class).single());
    List<SpecialFamily.Parent> parents = jdbc.sql("""
            SELECT id_number, sex, birth_date, dependency FROM special_family_member
            WHERE application_number = :number AND role = 'PARENT' ORDER BY position""")
        .param("number", applicationNumber)
        .query((row, n) -> new SpecialFamily.Parent(row.getString("id_number"),
            SpecialFamily.Sex.valueOf(row.getString("sex")), row.getDate("birth_date").toLocalDate(),
            SpecialFamily.Dependency.valueOf(row.getString("dependency"))))
        .list();
    List<SpecialFamily.Child> children = jdbc.sql("""
            SELECT sex, birth_date, living, disability_grade, adopted FROM special_family_member
            WHERE application_number = :number AND role = 'CHILD' ORDER BY position""")
        .param("number", applicationNumber)
        .query((row, n) -> new SpecialFamily.Child(SpecialFamily.Sex.valueOf(row.getString("sex")),
            row.getDate("birth_date").toLocalDate(), row.getBoolean("living"),
            (Integer) row.getObject("disability_grade", Integer.class), row.getBoolean("adopted")))
        .list();
    return new SpecialFamily(household, parents, children, day);
  }

  /** The family as the caseworkers' forms show it, one member a line. */
  public String describe(String applicationNumber) {
    return String.join("\n\n", jdbc.sql("""
            SELECT role, name, id_number, sex, birth_date, living, disability_grade, dependency, adopted
            FROM special_family_member WHERE application_number = :number ORDER BY position""")
        .param("number", applicationNumber)
        .query((row, n) -> {
          boolean parent = row.getString("role").equals("PARENT");
          StringBuilder line = new StringBuilder(parent ? "**父母** " : "**子女** ").append(row.getString("name"))
              .append(row.getString("sex").equals("MALE") ? "（男" : "（女").append("，")
              .append(row.getDate("birth_date").toLocalDate()).append("出生");
          if (row.getString("id_number") != null) {
            line.append("，身份证 ").append(row.getString("id_number"));
          }
          line.append("）");
          if (parent) {
            line.append(switch (row.getString("dependency")) {
              case "FULL" -> " 失能";
              case "PARTIAL" -> " 半失能";
              default -> "";
            });
          } else {
            line.append(row.getBoolean("living") ? " 健在" : " 已去世");
            Integer grade = (Integer) row.getObject("disability_grade", Integer.class);
            if (grade != null) {
              line.append(" ").append(grade).append("级残疾");
            }
            if (row.getBoolean("adopted")) {
              line.append(" 收养");
            }
          }
          return line.toString();
        })
        .list());
  }

  /** Where the family's benefits are paid. */
  public record Bank(String name, String account) {}

  public Bank bank(String applicationNumber) {
    return jdbc.sql("SELECT bank_name, bank_account FROM special_family_claim WHERE application_number = :number")
        .param("number", applicationNumber)
        .query((row, n) -> new Bank(row.getString("bank_name"), row.getString("bank_account"))).single();
  }

  /** The identity numbers of the family's parents alive as far as it is recorded. */
  public Set<String> livingParents(String applicationNumber) {
    return Set.copyOf(jdbc.sql("""
            SELECT id_number FROM special_family_member WHERE application_number = :number AND role = 'PARENT'
              AND living""")
        .param("number", applicationNumber).query(String.class).list());
  }

  /** The day a yearly confirmation last applied the rules to the family; none before its first. */
  public Optional<LocalDate> lastConfirmedOn(String applicationNumber) {
    return jdbc.sql("SELECT last_assessed FROM special_family_claim WHERE application_number = :n")
        .param("n", applicationNumber)
        .query((row, n) -> Optional.ofNullable(row.getDate(1)).map(Date::toLocalDate)).single();
  }

  /** A yearly confirmation applied the rules to the family as it is on the day. */
  public void confirmedOn(String applicationNumber, LocalDate day) {
    jdbc.sql("UPDATE special_family_claim SET last_assessed = :day WHERE application_number = :n")
        .param("day", Date.valueOf(day)).param("n", applicationNumber).update();
  }

  public String memberName(String applicationNumber, String idNumber) {
    return jdbc.sql("SELECT name FROM special_family_member WHERE application_number = :number AND id_number = :id")
        .param("number", applicationNumber).param("id", idNumber).query(String.class).single();
  }

  public Set<SupportService> requestedServices(String applicationNumber) {
    String services = jdbc.sql("SELECT requested_services FROM special_family_claim WHERE application_number = :number")
        .param("number", applicationNumber).query(String.class).single();
    return services.isBlank() ? Set.of() : Arrays.stream(services.split(",")).map(SupportService::valueOf)
        .collect(Collectors.toSet());
  }
}
