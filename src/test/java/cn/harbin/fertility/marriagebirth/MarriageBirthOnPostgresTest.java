package cn.harbin.fertility.marriagebirth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnPostgres;
import cn.harbin.fertility.support.TestIdentityNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A one-stop case on PostgreSQL: registration, a service, the birth registration, the combined notice. */
@ApplicationOnPostgres
class MarriageBirthOnPostgresTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  private void complete(String number, String taskKey, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
        .singleResult().getId(), variables);
  }

  @Test
  void aCoupleIsRegisteredEducatedAndTheirBirthRegistered() {
    MarriageBirthApplication couple = new MarriageBirthApplication(List.of(
        new MarriageBirthApplication.Partner("张伟", TestIdentityNumbers.of("230108", LocalDate.of(1993, 3, 3), true),
            "13800450021", "230108", null),
        new MarriageBirthApplication.Partner("李娜", TestIdentityNumbers.of("410102", LocalDate.of(1995, 5, 5), false),
            "13800450022", null, "河南省")),
        false, null, List.of("HEALTH_EDUCATION", "BIRTH_REGISTRATION"), 1);

    ResponseEntity<Map> created = rest.postForEntity("/api/marriage-birth-one-stop/applications", couple, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("applicationNumber");
    complete(number, "Task_RegisterMarriage", Map.of("registrationDecision", "registered",
        "marriageCertificateNumber", "J230108-2026-000001"));
    complete(number, "Task_HealthEducation", Map.of("healthEducationSession", "平房区妇幼保健院 12月5日"));
    complete(number, "Task_IssueBirthRegistration", Map.of("birthRegistrationVerified", true));

    assertThat(jdbc.sql("SELECT division_code || ':' || cross_province FROM birth_registration WHERE application_number = :n")
        .param("n", number).query(String.class).single()).isIn("230108:true", "230108:TRUE");
    assertThat(jdbc.sql("SELECT status FROM application WHERE application_number = :n").param("n", number)
        .query(String.class).single()).isEqualTo("GRANTED");
  }
}
