package cn.harbin.fertility.common;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a crash may have left of an intake. A citizen's application is recorded and its case started in one
 * transaction, so a received application always has its running case; yet once, on the H2 file database, a killed
 * JVM left an application recorded without its case (README "Nothing answered is lost"): never answered, but holding
 * the child's claim, so that the citizen's new attempt was refused, or answered with a number whose case did not
 * exist. At every start, before the set-up and the demo data, such an application is closed with its reason, its
 * claims are freed and its applicant is told to apply again. Only the citizens' case types, whose intake records the application
 * inside the start of its case; the nurseries' cases are recorded otherwise and left alone.
 */
@Component
public class IncompleteIntakes {

  private static final Logger LOG = LoggerFactory.getLogger(IncompleteIntakes.class);
  static final List<String> CASE_TYPES = List.of("childcare-subsidy", "special-family-assistance",
      "marriage-birth-one-stop", "birth-one-thing");

  private final JdbcClient jdbc;
  private final CaseOutcomes outcomes;

  public IncompleteIntakes(JdbcClient jdbc, CaseOutcomes outcomes) {
    this.jdbc = jdbc;
    this.outcomes = outcomes;
  }

  /** Locked: another node starting at the same time waits, then finds them closed, and closes none twice. */
  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  @Transactional
  public void closeWhereTheCaseIsMissing() {
    List<String> incomplete = jdbc.sql("""
            SELECT a.application_number FROM application a
            WHERE a.status = 'RECEIVED' AND a.case_type IN (:caseTypes)
              AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.BUSINESS_KEY_ = a.application_number)
            ORDER BY a.application_number FOR UPDATE""")
        .param("caseTypes", CASE_TYPES).query(String.class).list();
    for (String number : incomplete) {
      LOG.warn("application {} was recorded without its case (a crash during its intake): closed, claims freed",
          number);
      outcomes.decide(number, ApplicationRecord.Status.CLOSED,
          "系统故障，申请未能完成受理，请重新提交申请（原申请无需处理）",
          "A system failure kept this application from being received; please apply again");
    }
  }
}
