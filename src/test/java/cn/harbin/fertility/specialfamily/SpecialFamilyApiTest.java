package cn.harbin.fertility.specialfamily;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnH2;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApplicationOnH2
class SpecialFamilyApiTest {

  private static final String URL = "/api/special-family-assistance/applications";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  private long traces() {
    return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()
        + runtimeService.createProcessInstanceQuery().processDefinitionKey("special-family-assistance").count();
  }

  @Test
  void aFamilyAppliesOnceAndTheStreetOfficeReviewsIt() {
    SpecialFamilyApplication family = TestSpecialFamily.bereaved("230103", List.of("CARE_VISITS"));

    ResponseEntity<Map> created = rest.postForEntity(URL, family, Map.class);
    ResponseEntity<Map> again = rest.postForEntity(URL, family, Map.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("applicationNumber");
    assertThat(number).matches("TF-\\d{4}-\\d{6}");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("applicationNumber")).isEqualTo(number);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_StreetReview");
  }

  @Test
  void badFamiliesAreRefusedFieldByFieldAndLeaveNoTrace() {
    long traces = traces();
    ObjectNode body = json.valueToTree(TestSpecialFamily.bereaved("230102", List.of("FREE_CAR")));
    body.put("household", "SUBURBAN");
    ((ObjectNode) body.withArray("children").get(0)).put("disabilityGrade", 7);
    ((ObjectNode) body.withArray("parents").get(1)).put("idNumber", "12345");

    ResponseEntity<Map> response = rest.postForEntity(URL, body, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").toString()).contains("household", "services", "children[0].disabilityGrade",
        "parents[1].idNumber", "城镇（URBAN）或农村（RURAL）", "残疾等级应为1至4级");
    assertThat(traces()).isEqualTo(traces);
    assertThat(rest.postForEntity(URL, Map.of("applicantName", "王芳"), Map.class).getBody().get("errors").toString())
        .contains("parents", "children");
  }

  @Test
  void anObjectionOutsideThePublicNoticeIsAConflictAndAnEmptyOneInvalid() {
    String number = (String) rest.postForEntity(URL, TestSpecialFamily.bereaved("230102", List.of()), Map.class)
        .getBody().get("applicationNumber");
    String objections = URL + "/" + number + "/objections";

    assertThat(rest.postForEntity(objections, Map.of("name", "李明", "phone", "13800001111", "content", "有疑问"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(rest.postForEntity(objections, Map.of("name", "李明", "phone", "13800001111"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of("streetDecision", "approve"));
    ResponseEntity<Map> lodged = rest.postForEntity(objections,
        Map.of("name", "李明", "phone", "13800001111", "content", "其子女健在"), Map.class);
    assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_InvestigateObjection");
  }
}
