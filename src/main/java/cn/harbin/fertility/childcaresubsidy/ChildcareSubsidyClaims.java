package cn.harbin.fertility.childcaresubsidy;

import java.sql.Date;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code childcare_subsidy_claim} table: what the applicant declared. */
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
