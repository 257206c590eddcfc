package cn.harbin.fertility.marriagebirth;

import cn.harbin.fertility.common.ChineseProvinces;
import cn.harbin.fertility.common.IdentityNumber;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code marriage_birth_claim} and {@code marriage_birth_partner} tables: the couple and what they chose. */
@Repository
public class MarriageBirthClaims {

  /** A partner of record. */
  public record Partner(String name, String idNumber, boolean male, String divisionCode, String province) {}

  private final JdbcClient jdbc;

  public MarriageBirthClaims(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String number, MarriageBirthApplication application, boolean crossProvince, String serviceDivision) {
    jdbc.sql("""
            INSERT INTO marriage_birth_claim (application_number, already_married, marriage_certificate_number, services,
              planned_child_order, cross_province, service_division)
            VALUES (:number, :married, :certificate, :services, :order, :cross, :division)""")
        .param("number", number).param("married", Boolean.TRUE.equals(application.alreadyMarried()))
        .param("certificate", blankToNull(application.marriageCertificateNumber()))
        .param("services", String.join(",", application.services() == null ? List.of() : application.services()))
        .param("order", application.plannedChildOrder()).param("cross", crossProvince).param("division", serviceDivision)
        .update();
    int position = 0;
    for (MarriageBirthApplication.Partner partner : application.partners()) {
      jdbc.sql("""
              INSERT INTO marriage_birth_partner (application_number, position, name, id_number, phone, division_code,
                province)
              VALUES (:number, :position, :name, :id, :phone, :division, :province)""")
          .param("number", number).param("position", position++).param("name", partner.name().strip())
          .param("id", IdentityNumber.parse(partner.idNumber()).orElseThrow().value()).param("phone", partner.phone().strip())
          .param("division", blankToNull(partner.divisionCode())).param("province", fullName(partner.province()))
          .update();
    }
  }

  public List<Partner> partners(String number) {
    return jdbc.sql("SELECT name, id_number, division_code, province FROM marriage_birth_partner WHERE application_number = :n ORDER BY position")
        .param("n", number)
        .query((row, i) -> new Partner(row.getString("name"), row.getString("id_number"),
            IdentityNumber.parse(row.getString("id_number")).orElseThrow().male(), row.getString("division_code"),
            row.getString("province")))
        .list();
  }

  public void recordMarriage(String number, String certificateNumber) {
    jdbc.sql("UPDATE marriage_birth_claim SET marriage_certificate_number = :c WHERE application_number = :n")
        .param("c", certificateNumber).param("n", number).update();
  }

  public int plannedChildOrder(String number) {
    return jdbc.sql("SELECT planned_child_order FROM marriage_birth_claim WHERE application_number = :n")
        .param("n", number).query(Integer.class).single();
  }

  public boolean crossProvince(String number) {
    return jdbc.sql("SELECT cross_province FROM marriage_birth_claim WHERE application_number = :n")
        .param("n", number).query(Boolean.class).single();
  }

  /** A province as its full name, however the applicant wrote it (吉林, Jilin: 吉林省). */
  private static String fullName(String province) {
    return province == null || province.isBlank() ? null : ChineseProvinces.named(province).orElse(province.strip());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
