package cn.harbin.fertility.specialfamily;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.support.ApplicationOnPostgres;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A special family end to end on PostgreSQL: intake, review, notice, approval, services, payment, requalification. */
@ApplicationOnPostgres
class SpecialFamilyOnPostgresTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Disbursements disbursements;
  @Autowired JdbcClient jdbc;

  private void complete(String number, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(), variables);
  }

  @Test
  void aBereavedFamilyIsGrantedPaidAndRequalified() {
    SpecialFamilyApplication family = TestSpecialFamily.bereaved("230104", List.of("CARE_VISITS"));
    ResponseEntity<Map> created = rest.postForEntity("/api/special-family-assistance/applications", family, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("applicationNumber");

    complete(number, Map.of("streetDecision", "approve"));
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
    complete(number, Map.of("districtDecision", "approve"));
    complete(number, Map.of("serviceOutcome", "GRANTED"));

    assertThat(jdbc.sql("SELECT COUNT(*) FROM entitlement WHERE application_number = :n").param("n", number)
        .query(Long.class).single()).isEqualTo(5);
    YearMonth now = YearMonth.now(TimeConfiguration.HARBIN);
    assertThat(disbursements.collect("special-assistance", now).payments())
        .filteredOn(payment -> payment.applicationNumber().equals(number)).hasSize(2);

    String year = runtimeService.startProcessInstanceByKey("special-family-requalification").getId();
    String confirmation = taskService.createTaskQuery().processInstanceId(year).list().stream()
        .filter(task -> number.equals(taskService.getVariable(task.getId(), "applicationNumber"))).findFirst()
        .orElseThrow().getId();
    taskService.complete(confirmation, Map.of("situation", "DEATH", "parentIdNumber", family.parents().get(1).idNumber(),
        "dateOfDeath", LocalDate.now(TimeConfiguration.HARBIN).toString()));

    assertThat(jdbc.sql("SELECT COUNT(*) FROM entitlement WHERE application_number = :n AND last_period IS NULL")
        .param("n", number).query(Long.class).single()).isEqualTo(2);
  }
}
