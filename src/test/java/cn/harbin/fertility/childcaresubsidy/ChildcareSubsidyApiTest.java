package cn.harbin.fertility.childcaresubsidy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.EngineRestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public intake as a citizen's browser or app uses it. */
@ApplicationOnH2
class ChildcareSubsidyApiTest {

  private static final String URL = "/api/childcare-subsidy/applications";
  private static final LocalDate BORN = LocalDate.of(2025, 6, 1);

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  private ResponseEntity<Map> post(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.postForEntity(URL, new HttpEntity<>(body, headers), Map.class);
  }

  private ObjectNode body(TestFamily family) {
    return json.valueToTree(family.application());
  }

  private long traces() {
    return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()
        + runtimeService.createProcessInstanceQuery().processDefinitionKey("childcare-subsidy").count();
  }

  @Test
  void aValidApplicationWaitsAtItsDistrictsReviewAndLinksItsCasePage() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);

    ResponseEntity<Map> response = post(body(family));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) response.getBody().get("applicationNumber");
    assertThat(number).matches("YE-\\d{4}-\\d{6}");
    assertThat(response.getHeaders().getLocation()).hasPath("/portal/applications/" + number);
    assertThat(response.getBody().get("caseUrl")).isEqualTo("/portal/applications/" + number);
    assertThat((String) response.getBody().get("messageZh")).contains(number);
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_DistrictReview");
  }

  @Test
  void aClaimLeftWithoutItsApplicationByAnOlderCrashNoLongerBlocksTheChild() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);
    jdbc.sql("ALTER TABLE live_claim SET REFERENTIAL_INTEGRITY FALSE").update();
    jdbc.sql("INSERT INTO live_claim (claim_key, application_number) VALUES (:key, 'YE-2026-999999')")
        .param("key", ChildcareSubsidyIntake.claimKey(family.application())).update();
    jdbc.sql("ALTER TABLE live_claim SET REFERENTIAL_INTEGRITY TRUE NOCHECK").update();

    ResponseEntity<Map> response = post(body(family));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM live_claim WHERE application_number = 'YE-2026-999999'")
        .query(Long.class).single()).isZero();
  }

  @Test
  void jsonThatIsNotWhatItSeemsIsRefusedAndSaysWhy() {
    TestFamily family = TestFamily.of("230102", BORN, 2);
    String valid = body(family).toString();
    long before = traces();

    ResponseEntity<Map> twice = post(valid.replaceFirst("\\{", "{\"childName\":\"李四\","));
    ResponseEntity<Map> trailing = post(valid + " {}");
    ObjectNode unknownField = body(family);
    unknownField.put("channel", "ONLINE");
    ResponseEntity<Map> unknown = post(unknownField);
    ObjectNode nameAsNumber = body(family);
    nameAsNumber.put("childName", 12);
    ResponseEntity<Map> number = post(nameAsNumber);
    ObjectNode dateAsNumber = body(family);
    dateAsNumber.put("childBirthDate", 0);
    ResponseEntity<Map> date = post(dateAsNumber);

    assertThat((String) twice.getBody().get("messageZh")).contains("两次");
    assertThat((String) trailing.getBody().get("messageEn")).contains("more after the JSON document");
    assertThat(unknown.getBody().get("errors").toString()).contains("channel", "没有名为");
    assertThat(number.getBody().get("errors").toString()).contains("childName");
    assertThat(date.getBody().get("errors").toString()).contains("childBirthDate");
    assertThat(List.of(twice, trailing, unknown, number, date))
        .allSatisfy(answer -> assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
    assertThat(traces()).isEqualTo(before);
  }

  @Test
  void whatSpringItselfRefusesIsAnsweredInBothLanguages() {
    HttpHeaders xml = new HttpHeaders();
    xml.setContentType(MediaType.APPLICATION_XML);
    HttpHeaders wantsXml = new HttpHeaders();
    wantsXml.setContentType(MediaType.APPLICATION_JSON);
    wantsXml.setAccept(List.of(MediaType.APPLICATION_XML));

    List<ResponseEntity<String>> answers = List.of(
        rest.getForEntity(URL, String.class),
        rest.postForEntity(URL, new HttpEntity<>("<a/>", xml), String.class),
        rest.getForEntity("/api/nothing-here", String.class),
        rest.exchange(URL, HttpMethod.POST, new HttpEntity<>(body(TestFamily.of("230102", BORN, 2)).toString(),
            wantsXml), String.class));

    assertThat(answers).extracting(answer -> answer.getStatusCode().value()).containsExactly(405, 415, 404, 406);
    assertThat(answers).allSatisfy(answer -> assertThat(answer.getBody()).contains("messageZh", "messageEn")
        .doesNotContain("Exception", "trace"));
  }

  @Test
  void theSameSubmissionTwiceMakesOneCase() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);
    String first = (String) post(body(family)).getBody().get("applicationNumber");
    long traces = traces();

    ResponseEntity<Map> again = post(body(family));

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("applicationNumber")).isEqualTo(first);
    assertThat(traces()).isEqualTo(traces);
  }

  @Test
  void aDifferentClaimForTheSameChildIsAConflict() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);
    String first = (String) post(body(family)).getBody().get("applicationNumber");
    long traces = traces();

    ResponseEntity<Map> second = post(body(family).put("bankAccount", "6217009876543210"));

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) second.getBody().get("messageZh")).contains("同一子女").doesNotContain(first);
    assertThat((String) second.getBody().get("messageEn")).contains("only one");
    assertThat(traces()).isEqualTo(traces);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "applicantIdNumber | 230102199204120011 | 申请人身份证号码不是有效",
      "divisionCode      | 110105             | 哈尔滨市所辖18个区",
      "applicantPhone    | 0451-8888888       | 手机号码",
      "bankAccount       | 12AB               | 银行账号",
      "childBirthDate    | 2099-01-01         | 不能晚于今天",
      "childBirthDate    | 2025-06-02         | 不一致",
      "applicantRelationship | UNCLE          | 监护人",
      "childName         | ''                 | 请填写子女姓名",
      "applicantName     | =HYPERLINK(1)      | 只能包含汉字",
      "bankName          | '[银行](http://x)'  | 只能包含汉字"})
  void eachKindOfBadInputIsRefusedWithAMessagePerFieldAndLeavesNoTrace(String field, String value, String message) {
    TestFamily family = TestFamily.of("230102", BORN, 2);
    long traces = traces();

    ResponseEntity<Map> response = post(body(family).put(field, value));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().toString()).contains(field, message).doesNotContain("Exception", "at cn.");
    assertThat(response.getBody().get("messageEn").toString()).contains("Nothing was stored");
    assertThat(traces()).isEqualTo(traces);
  }

  @Test
  void anEmptyApplicationNamesEveryMissingField() {
    ResponseEntity<Map> response = post(Map.of());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").toString()).contains("applicantName", "applicantIdNumber",
        "applicantPhone", "divisionCode", "childName", "childIdNumber", "childBirthDate", "birthOrder", "bankName",
        "bankAccount", "Child's birth date is required");
  }

  @Test
  void anImpossibleDateIsNamed() {
    ResponseEntity<Map> response = post(body(TestFamily.of("230102", BORN, 2)).put("childBirthDate", "2025-02-30"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").toString()).contains("childBirthDate", "2025-03-14");
  }

  @Test
  void malformedOversizedAndNonJsonRequestsAreRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.postForEntity(URL, new HttpEntity<>("{\"applicantName\": ", headers), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> oversized = rest.postForEntity(URL,
        new HttpEntity<>("{\"applicantName\":\"" + "x".repeat(70_000) + "\"}", headers), Map.class);
    assertThat(oversized.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(oversized.getBody().get("messageZh").toString()).contains("过大");
    HttpHeaders text = new HttpHeaders();
    text.setContentType(MediaType.TEXT_PLAIN);
    assertThat(rest.postForEntity(URL, new HttpEntity<>("hello", text), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  /** The status, material and withdrawal calls that an identity number opened are gone: the portal's sign-in replaced them. */
  @Test
  void noCaseOpensToAnIdentityNumberAlone() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);
    String number = (String) post(body(family)).getBody().get("applicationNumber");

    for (String action : new String[] {"status", "withdrawal", "material"}) {
      ResponseEntity<String> answer = rest.postForEntity("/api/applications/" + number + "/" + action,
          Map.of("applicantIdNumber", family.mother()), String.class);
      assertThat(answer.getStatusCode()).as(action).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).doesNotContain(family.mother(), "王芳", number);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
  }

  @Test
  void nangangCaseworkerCanNeitherSeeNorCompleteADaoliCase() {
    TestFamily family = TestFamily.of("230102", BORN, 2).registerIn(registry, 2);
    String number = (String) post(body(family)).getBody().get("applicationNumber");
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    EngineRestClient nangang = new EngineRestClient(rest, "nanganghealth", DemoUsers.PASSWORD);

    assertThat(nangang.taskIds("childcare-subsidy")).doesNotContain(taskId);
    assertThat(nangang.complete(taskId)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new EngineRestClient(rest, "daolihealth", DemoUsers.PASSWORD).taskIds("childcare-subsidy"))
        .contains(taskId);
  }

  @Test
  void theApiIsDocumentedInOpenApi() {
    String openApi = rest.getForObject("/v3/api-docs", String.class);
    assertThat(openApi).contains("/api/childcare-subsidy/applications", "/api/me/applications/{applicationNumber}")
        .contains("哈尔滨市生育支持业务系统", "\"securitySchemes\":{\"basic\":{\"type\":\"http\"")
        .doesNotContain("/api/applications/{applicationNumber}/status");
  }
}
