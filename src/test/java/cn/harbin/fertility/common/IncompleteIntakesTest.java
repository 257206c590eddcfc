package cn.harbin.fertility.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a crash left of an intake is closed at the next start; a case in progress and a nursery's month are not. */
@ApplicationOnH2
class IncompleteIntakesTest {

  @Autowired IncompleteIntakes incompleteIntakes;
  @Autowired ChildcareSubsidyIntake intake;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired ApplicationRecords records;
  @Autowired JdbcClient jdbc;

  @Test
  void anApplicationRecordedWithoutItsCaseIsClosedItsClaimFreedAndItsApplicantTold() {
    String inProgress = intake.submitOnline(TestFamily.of("230104", LocalDate.now(TimeConfiguration.HARBIN).minusMonths(3), 2)
        .registerIn(registry, 2).application()).applicationNumber();
    String torn = recordWithoutCase("YE-2026-990001", "childcare-subsidy");
    records.claim("childcare-subsidy:230102202601019990", torn);
    String nurseryMonth = recordWithoutCase("TB-2026-990001", "nursery-operating-subsidy");

    incompleteIntakes.closeWhereTheCaseIsMissing();

    ApplicationRecord closed = records.find(torn).orElseThrow();
    assertThat(closed.status()).isEqualTo(ApplicationRecord.Status.CLOSED);
    assertThat(closed.outcomeReasonZh()).contains("系统故障", "重新提交");
    assertThat(records.liveClaimHolder("childcare-subsidy:230102202601019990")).isEmpty();
    assertThat(jdbc.sql("SELECT message_zh FROM notification WHERE application_number = :n").param("n", torn)
        .query(String.class).list()).singleElement().asString().contains(torn, "重新提交");
    assertThat(records.find(inProgress).orElseThrow().status()).isEqualTo(ApplicationRecord.Status.RECEIVED);
    assertThat(records.find(nurseryMonth).orElseThrow().status()).isEqualTo(ApplicationRecord.Status.RECEIVED);
  }

  private String recordWithoutCase(String number, String caseType) {
    jdbc.sql("""
            INSERT INTO application (application_number, case_type, channel, status, applicant_id_number,
              applicant_name, division_code, submission_digest, received_at)
            VALUES (:n, :caseType, 'ONLINE', 'RECEIVED', '230102199001011234', '王芳', '230102', 'digest', :at)""")
        .param("n", number).param("caseType", caseType).param("at", Timestamp.from(Instant.now())).update();
    return number;
  }
}
