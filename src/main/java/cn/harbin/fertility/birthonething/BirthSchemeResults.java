package cn.harbin.fertility.birthonething;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code birth_scheme_result}: each scheme's answer for one application after a birth, the latest one kept. */
@Repository
public class BirthSchemeResults {

  /** One scheme's answer as the family reads it. */
  public record SchemeResult(String scheme, String clause, String result, String explanationZh, String explanationEn) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public BirthSchemeResults(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String applicationNumber, SchemeResult result) {
    int updated = jdbc.sql("""
            UPDATE birth_scheme_result SET clause = :clause, result = :result, explanation_zh = :zh,
              explanation_en = :en, decided_at = :at
            WHERE application_number = :number AND scheme = :scheme""")
        .params(parameters(applicationNumber, result)).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO birth_scheme_result (application_number, scheme, clause, result, explanation_zh,
                explanation_en, decided_at)
              VALUES (:number, :scheme, :clause, :result, :zh, :en, :at)""")
          .params(parameters(applicationNumber, result)).update();
    }
  }

  public List<SchemeResult> of(String applicationNumber) {
    return jdbc.sql("""
            SELECT scheme, clause, result, explanation_zh, explanation_en FROM birth_scheme_result
            WHERE application_number = :number ORDER BY scheme""")
        .param("number", applicationNumber)
        .query((row, n) -> new SchemeResult(row.getString("scheme"), row.getString("clause"), row.getString("result"),
            row.getString("explanation_zh"), row.getString("explanation_en")))
        .list();
  }

  private Map<String, Object> parameters(String applicationNumber, SchemeResult result) {
    return Map.of("number", applicationNumber, "scheme", result.scheme(), "clause", result.clause(),
        "result", result.result(), "zh", result.explanationZh(), "en", result.explanationEn(),
        "at", Timestamp.from(clock.instant()));
  }
}
