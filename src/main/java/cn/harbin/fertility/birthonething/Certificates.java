package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.bureaus.Bureau;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.policy.BirthOneThingRules;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code certificate}: the certificates issued to families, found by their verification code or their case. */
@Repository
public class Certificates {

  static final String PROVIDENT_FUND_TITLE_ZH = "住房公积金贷款缴存期限证明";
  static final String PROVIDENT_FUND_TITLE_EN = "Certificate of the contribution period for a housing provident fund loan";

  private final JdbcClient jdbc;
  private final Clock clock;

  public Certificates(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The provident fund centre confirmed that a family with a policy 2nd or later child needs {@code months} of
   * continuous contribution for a loan (§3.4.2c): its certificate, issued once per case.
   */
  public Certificate issueProvidentFund(String applicationNumber, BirthOneThingApplication application, int months) {
    Optional<Certificate> issued = of(applicationNumber, BirthSchemeParameters.PROVIDENT_FUND_LOAN);
    if (issued.isPresent()) {
      return issued.get();
    }
    Bureau issuer = BureauDirectory.byGroupId(BureauDirectory.PROVIDENT_FUND).orElseThrow();
    List<Certificate.Parent> parents = new ArrayList<>();
    parents.add(parent(application.applicantName(), application.applicantIdNumber()));
    if (application.otherParentName() != null && !application.otherParentName().isBlank()) {
      parents.add(parent(application.otherParentName(), application.otherParentIdNumber()));
    }
    String clause = BirthOneThingRules.PROVIDENT_FUND_CLAUSE;
    Certificate certificate = new Certificate(VerificationCodes.next(), applicationNumber,
        BirthSchemeParameters.PROVIDENT_FUND_LOAN, clause, PROVIDENT_FUND_TITLE_ZH, PROVIDENT_FUND_TITLE_EN,
        "经哈尔滨" + issuer.nameZh() + "确认，该家庭按政策生育第" + application.birthOrder() + "个子女。依据《哈尔滨市优化"
            + "生育政策促进人口长期均衡发展的实施方案》" + clause + "，按政策生育二孩及以上的家庭申请住房公积金贷款，连续足额缴存满"
            + months + "个月即符合缴存时间条件。",
        "The Harbin " + issuer.nameEn() + " confirms that this family has its child no. " + application.birthOrder()
            + " under the policy. Under " + clause + " of Harbin's plan for optimising the birth policy, such a family "
            + "qualifies for a housing provident fund loan after " + months + " months of continuous, full contribution.",
        List.copyOf(parents), application.childName(), application.childBirthDate(), application.birthOrder(),
        "哈尔滨" + issuer.nameZh(), "Harbin " + issuer.nameEn(), clock.instant());
    insert(certificate);
    return certificate;
  }

  public Optional<Certificate> byVerificationCode(String code) {
    return jdbc.sql("SELECT * FROM certificate WHERE verification_code = :code").param("code", code)
        .query(Certificates::certificate).optional();
  }

  public List<Certificate> ofApplication(String applicationNumber) {
    return jdbc.sql("SELECT * FROM certificate WHERE application_number = :number ORDER BY issued_at")
        .param("number", applicationNumber).query(Certificates::certificate).list();
  }

  public Optional<Certificate> of(String applicationNumber, String scheme) {
    return jdbc.sql("SELECT * FROM certificate WHERE application_number = :number AND scheme = :scheme")
        .param("number", applicationNumber).param("scheme", scheme)
        .query(Certificates::certificate).optional();
  }

  private void insert(Certificate certificate) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("code", certificate.verificationCode());
    values.put("number", certificate.applicationNumber());
    values.put("scheme", certificate.scheme());
    values.put("clause", certificate.clause());
    values.put("titleZh", certificate.titleZh());
    values.put("titleEn", certificate.titleEn());
    values.put("statementZh", certificate.statementZh());
    values.put("statementEn", certificate.statementEn());
    Certificate.Parent applicant = certificate.parents().get(0);
    Optional<Certificate.Parent> other = certificate.parents().stream().skip(1).findFirst();
    values.put("applicantName", applicant.name());
    values.put("applicantId", applicant.maskedIdNumber());
    values.put("otherName", other.map(Certificate.Parent::name).orElse(null));
    values.put("otherId", other.map(Certificate.Parent::maskedIdNumber).orElse(null));
    values.put("childName", certificate.childName());
    values.put("childBirthDate", Date.valueOf(certificate.childBirthDate()));
    values.put("birthOrder", certificate.birthOrder());
    values.put("issuerZh", certificate.issuerZh());
    values.put("issuerEn", certificate.issuerEn());
    values.put("issuedAt", Timestamp.from(certificate.issuedAt()));
    jdbc.sql("""
            INSERT INTO certificate (verification_code, application_number, scheme, clause, title_zh, title_en,
              statement_zh, statement_en, applicant_name, applicant_id_masked, other_parent_name,
              other_parent_id_masked, child_name, child_birth_date, birth_order, issuer_zh, issuer_en, issued_at)
            VALUES (:code, :number, :scheme, :clause, :titleZh, :titleEn, :statementZh, :statementEn, :applicantName,
              :applicantId, :otherName, :otherId, :childName, :childBirthDate, :birthOrder, :issuerZh, :issuerEn,
              :issuedAt)""")
        .params(values).update();
  }

  private static Certificate.Parent parent(String name, String idNumber) {
    return new Certificate.Parent(name, IdentityNumber.parse(idNumber).map(IdentityNumber::masked).orElse("****"));
  }

  private static Certificate certificate(ResultSet row, int rowNumber) throws SQLException {
    List<Certificate.Parent> parents = new ArrayList<>();
    parents.add(new Certificate.Parent(row.getString("applicant_name"), row.getString("applicant_id_masked")));
    if (row.getString("other_parent_name") != null) {
      parents.add(new Certificate.Parent(row.getString("other_parent_name"), row.getString("other_parent_id_masked")));
    }
    Instant issuedAt = row.getTimestamp("issued_at").toInstant();
    return new Certificate(row.getString("verification_code"), row.getString("application_number"),
        row.getString("scheme"), row.getString("clause"), row.getString("title_zh"), row.getString("title_en"),
        row.getString("statement_zh"), row.getString("statement_en"), List.copyOf(parents),
        row.getString("child_name"), row.getDate("child_birth_date").toLocalDate(), row.getInt("birth_order"),
        row.getString("issuer_zh"), row.getString("issuer_en"), issuedAt);
  }
}
