package cn.harbin.fertility.birthonething;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApplicationOnH2
class BirthOneThingApiTest {

  private static final String URL = "/api/birth-one-thing/applications";
  private static final LocalDate BORN = LocalDate.now(TimeConfiguration.HARBIN).minusDays(10);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired JdbcClient jdbc;

  private Map<String, Object> body(TestFamily family) {
    Map<String, Object> body = new HashMap<>(family.application().toVariables());
    body.put("homeFilingNumber", "HF2026-000777");
    body.put("homeDivisionCode", "230110");
    body.put("homeContractDate", BORN.plusDays(2).toString());
    body.put("publicRentalQualified", false);
    return body;
  }

  private long traces() {
    return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()
        + runtimeService.createProcessInstanceQuery().processDefinitionKey("birth-one-thing").count();
  }

  @Test
  void oneApplicationStartsOneCaseAndTheSameAgainAnswersWithIt() {
    Map<String, Object> body = body(TestFamily.of("230110", BORN, 2).registerIn(registry, 2));
    ResponseEntity<Map> first = rest.postForEntity(URL, body, Map.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().get("applicationNumber").toString()).startsWith("CS-");
    ResponseEntity<Map> again = rest.postForEntity(URL, body, Map.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("applicationNumber")).isEqualTo(first.getBody().get("applicationNumber"));
  }

  @Test
  void aBadHomeDeclarationIsRefusedFieldByFieldAndLeavesNoTrace() {
    Map<String, Object> body = body(TestFamily.of("230110", BORN, 2));
    body.put("homeDivisionCode", "110105");
    body.put("homeContractDate", "2026-02-30");
    long traces = traces();
    ResponseEntity<Map> response = rest.postForEntity(URL, body, Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().toString()).contains("homeContractDate");
    body.put("homeContractDate", BORN.toString());
    ResponseEntity<Map> unknownDistrict = rest.postForEntity(URL, body, Map.class);
    assertThat(unknownDistrict.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownDistrict.getBody().get("errors").toString()).contains("homeDivisionCode");
    assertThat(traces()).isEqualTo(traces);
  }
}
