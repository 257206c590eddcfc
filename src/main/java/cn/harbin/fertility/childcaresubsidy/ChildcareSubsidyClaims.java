package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.common.TimeConfiguration;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code childcare_subsidy_claim} table: what the applicant declared, as corrected by public security. The
 * rules and the entitlement read the claim from here, never from process variables, which a task completion could
 * overwrite.
 */
@Repository
public class ChildcareSubsidyClaims {

  private final JdbcClient jdbc;

  public ChildcareSubsidyClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String applicationNumber, ChildcareSubsidyApplication application) {
    jdbc.sql("""
            INSERT INTO childcare_subsidy_claim (application_number, applicant_phone, applicant_relationship,
              child_name, child_id_number, child_birth_date, birth_order, other_parent_name, other_parent_id_number,
              bank_name, bank_account)
            VALUES (:number, :phone, :relationship, :childName, :childId, :birthDate, :birthOrder, :otherName,
              :otherId, :bankName, :bankAccount)""")
        .param("number", applicationNumber)
        .param("phone", application.applicantPhone())
        .param("relationship", application.applicantRelationship())
        .param("childName", application.childName())
        .param("childId", application.childIdNumber())
        .param("birthDate", Date.valueOf(application.childBirthDate()))
        .param("birthOrder", application.birthOrder())
        .param("otherName", blankToNull(application.otherParentName()))
        .param("otherId", blankToNull(application.otherParentIdNumber()))
        .param("bankName", application.bankName())
        .param("bankAccount", application.bankAccount().replace(" ", ""))
        .update();
  }

  public ChildcareSubsidyApplication find(String applicationNumber) {
    return ofRecord(applicationNumber).claim();
  }

  /** The claim as it stands (a birth order public security corrected included) and the day it was received. */
  public record ClaimOfRecord(ChildcareSubsidyApplication claim, LocalDate receivedOn) {}

  public ClaimOfRecord ofRecord(String applicationNumber) {
    return jdbc.sql("""
            SELECT a.applicant_name, a.applicant_id_number, c.applicant_phone, c.applicant_relationship, a.division_code,
              c.child_name, c.child_id_number, c.child_birth_date, c.birth_order, c.other_parent_name,
              c.other_parent_id_number, c.bank_name, c.bank_account, a.received_at
            FROM childcare_subsidy_claim c JOIN application a ON a.application_number = c.application_number
            WHERE c.application_number = :number""")
        .param("number", applicationNumber)
        .query((row, n) -> new ClaimOfRecord(new ChildcareSubsidyApplication(row.getString("applicant_name"),
            row.getString("applicant_id_number"), row.getString("applicant_phone"),
            row.getString("applicant_relationship"), row.getString("division_code"), row.getString("child_name"),
            row.getString("child_id_number"), row.getDate("child_birth_date").toLocalDate(), row.getInt("birth_order"),
            row.getString("other_parent_name"), row.getString("other_parent_id_number"), row.getString("bank_name"),
            row.getString("bank_account")),
            LocalDate.ofInstant(row.getTimestamp("received_at").toInstant(), TimeConfiguration.HARBIN)))
        .single();
  }

  /** Public security found another birth order or household registration (§3.1.4); the case goes on with these. */
  public void correct(String applicationNumber, int birthOrder, String divisionCode) {
    jdbc.sql("UPDATE childcare_subsidy_claim SET birth_order = :order WHERE application_number = :number")
        .param("order", birthOrder).param("number", applicationNumber).update();
    jdbc.sql("UPDATE application SET division_code = :division WHERE application_number = :number")
        .param("division", divisionCode).param("number", applicationNumber).update();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
