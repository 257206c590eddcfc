package cn.harbin.fertility.childcaresubsidy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The childcare subsidy end to end on PostgreSQL: our migrations, sequences, records and payments next to Camunda's. */
@ApplicationOnPostgres
class ChildcareSubsidyOnPostgresTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired TaskService taskService;
  @Autowired Entitlements entitlements;
  @Autowired Disbursements disbursements;
  @Autowired JdbcClient jdbc;

  @Test
  void anApplicationIsReceivedReviewedAndGranted() {
    TestFamily family = TestFamily.of("230103", LocalDate.of(2024, 2, 29), 3).registerIn(registry, 3);

    ResponseEntity<Map> response = rest.postForEntity("/api/childcare-subsidy/applications", family.application(), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) response.getBody().get("applicationNumber");
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_DistrictReview");
    taskService.complete(review.getId(), Map.of("reviewDecision", "approve"));
    assertThat(entitlements.periodsOf(number)).hasSize(36)
        .first().satisfies(period -> assertThat(period.period()).isEqualTo("2024-02"));
    assertThat(entitlements.periodsOf(number)).last().satisfies(period -> assertThat(period.period()).isEqualTo("2027-01"));

    Disbursements.Batch batch = disbursements.collect("childcare-subsidy", YearMonth.of(2027, 1));
    assertThat(batch.payments()).filteredOn(payment -> payment.applicationNumber().equals(number)).singleElement()
        .satisfies(payment -> assertThat(payment.amount()).isEqualTo(new BigDecimal("36000.00")));
    disbursements.approveForExport(batch.id(), "finance");
    disbursements.confirm(batch.id(), Map.of(), "finance");
    assertThat(entitlements.periodsOf(number)).allSatisfy(period -> assertThat(period.status()).isEqualTo("PAID"));
    assertThat(jdbc.sql("SELECT status FROM entitlement WHERE application_number = :number").param("number", number)
        .query(String.class).single()).isEqualTo("ENDED");
  }

  @Test
  void aSecondClaimForTheSameChildIsAConflictAndTheSameOneIsRecognised() {
    TestFamily family = TestFamily.of("230102", LocalDate.of(2025, 5, 5), 2).registerIn(registry, 2);
    String url = "/api/childcare-subsidy/applications";
    String number = (String) rest.postForEntity(url, family.application(), Map.class).getBody().get("applicationNumber");

    ResponseEntity<Map> same = rest.postForEntity(url, family.application(), Map.class);
    ChildcareSubsidyApplication other = family.application();
    ResponseEntity<Map> different = rest.postForEntity(url, new ChildcareSubsidyApplication(other.applicantName(),
        other.applicantIdNumber(), "13911112222", other.applicantRelationship(), other.divisionCode(), other.childName(),
        other.childIdNumber(), other.childBirthDate(), other.birthOrder(), other.otherParentName(),
        other.otherParentIdNumber(), other.bankName(), other.bankAccount()), Map.class);

    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(same.getBody().get("applicationNumber")).isEqualTo(number);
    assertThat(different.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anInvalidApplicationLeavesNoTrace() {
    long applications = jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();

    ResponseEntity<Map> response = rest.postForEntity("/api/childcare-subsidy/applications",
        Map.of("applicantName", "王芳", "divisionCode", "999999"), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isEqualTo(applications);
  }
}
