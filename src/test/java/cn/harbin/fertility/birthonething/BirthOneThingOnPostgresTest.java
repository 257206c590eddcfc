package cn.harbin.fertility.birthonething;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An application after a birth on PostgreSQL: every bureau's task, the city subsidy's own case, one notice. */
@ApplicationOnPostgres
class BirthOneThingOnPostgresTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired JdbcClient jdbc;

  @Test
  void aSecondChildWithANewFlatIsHandledByEveryBureauAndEndsInOneNotice() {
    LocalDate born = LocalDate.now(TimeConfiguration.HARBIN).minusDays(30);
    TestFamily family = TestFamily.of("230109", born, 2).registerIn(registry, 2);
    Map<String, Object> body = new HashMap<>(family.application().toVariables());
    body.putAll(Map.of("homeFilingNumber", "HF2026-0109-000001", "homeDivisionCode", "230109",
        "homeContractDate", born.plusDays(1).toString(), "publicRentalQualified", true));
    ResponseEntity<Map> created = rest.postForEntity("/api/birth-one-thing/applications", body, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("applicationNumber");
    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey("birth-one-thing")
        .processInstanceBusinessKey(number).singleResult().getId();

    String city = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance)
        .processDefinitionKey("childcare-subsidy").singleResult().getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(city).singleResult().getId(),
        Map.of("reviewDecision", "approve"));
    complete(number, "Task_NationalSubsidyReview", Map.of("nationalDecision", "APPROVED"));
    complete(number, "Task_HomePurchaseVerification", Map.of("homePurchaseDecision", "APPROVED"));
    complete(number, "Task_NewbornInsurance", Map.of("insurancePaidOn", born.plusDays(91).toString()));
    complete(number, "Task_ProvidentFundConfirmation", Map.of("providentFundDecision", "APPROVED"));
    complete(number, "Task_PublicRentalPriority", Map.of("publicRentalDecision", "REFUSED",
        "publicRentalNote", "本年度优先配租名额已满"));

    assertThat(jdbc.sql("SELECT status FROM application WHERE application_number = :n").param("n", number)
        .query(String.class).single()).isEqualTo("GRANTED");
    assertThat(jdbc.sql("SELECT outcome_reason_zh FROM application WHERE application_number = :n").param("n", number)
        .query(String.class).single()).contains("自" + born.plusDays(91) + "起", "本年度优先配租名额已满");
    assertThat(jdbc.sql("""
            SELECT SUM(p.amount) FROM entitlement_period p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE e.application_number = :n AND e.scheme = 'home-purchase-subsidy'""").param("n", number)
        .query(BigDecimal.class).single()).isEqualByComparingTo("15000");
  }

  private void complete(String number, String taskKey, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
        .singleResult().getId(), variables);
  }
}
