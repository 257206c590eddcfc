package cn.harbin.fertility.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.WebappSession;
import java.net.URI;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What each role may do through the engine's REST API and the webapps' API, route by route: a refused call is
 * refused before the engine acts, so it changes nothing (a job's retries included).
 */
@ApplicationOnH2
class StaffApiLockdownTest {

  @Autowired TestRestTemplate rest;
  @Autowired ChildcareSubsidyIntake intake;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private String number;
  private Task review;
  private Job reviewTimer;

  /** A 道里区 family's case waiting at its district review, with its escalation timer. */
  @BeforeEach
  void caseAtDaoliReview() {
    number = intake.submitOnline(TestFamily.of("230102", LocalDate.of(2025, 8, 8), 2).registerIn(registry, 2)
        .application()).applicationNumber();
    review = taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    reviewTimer = managementService.createJobQuery().processInstanceId(review.getProcessInstanceId()).singleResult();
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String password = user.equals("admin") ? "admin" : DemoUsers.PASSWORD;
    return rest.withBasicAuth(user, password).exchange(URI.create(rest.getRootUri() + path.replace("{task}",
        review.getId()).replace("{job}", reviewTimer.getId()).replace("{instance}", review.getProcessInstanceId())),
        method, new HttpEntity<>(json, headers), String.class);
  }

  @ParameterizedTest(name = "{0} {1} {2} → {3}")
  @CsvSource(delimiter = '|', textBlock = """
      daolihealth | POST   | /engine-rest/job/{job}/execute                          |                             | 403
      supervisor  | POST   | /engine-rest/job/{job}/execute                          |                             | 403
      daolihealth | PUT    | /engine-rest/job/{job}/retries                          | {"retries":0}               | 403
      supervisor  | PUT    | /engine-rest/job/{job}/retries                          | {"retries":0}               | 403
      supervisor  | PUT    | /engine-rest/job/{job}/suspended                        | {"suspended":true}          | 403
      supervisor  | PUT    | /engine-rest/job/{job}/duedate                          | {"duedate":null}            | 403
      supervisor  | DELETE | /engine-rest/job/{job}                                  |                             | 403
      supervisor  | POST   | /engine-rest/job/retries                                | {"retries":0,"jobIds":["x"]}| 403
      supervisor  | PUT    | /engine-rest/engine/default/job/{job}/suspended         | {"suspended":true}          | 403
      supervisor  | PUT    | /engine-rest/process-instance/{instance}/suspended      | {"suspended":true}          | 403
      supervisor  | DELETE | /engine-rest/process-instance/{instance}                |                             | 403
      supervisor  | POST   | /engine-rest/process-instance/{instance}/variables      | {"modifications":{}}        | 403
      supervisor  | POST   | /engine-rest/process-instance/{instance}/modification   | {"instructions":[]}         | 403
      supervisor  | POST   | /engine-rest/task/{task}/comment/create                 | {"message":"看过了"}         | 403
      nanganghealth | POST | /engine-rest/task/{task}/comment/create                 | {"message":"看过了"}         | 403
      daolihealth | POST   | /engine-rest/task/{task}/claim                          | {"userId":"nanganghealth"}  | 403
      daolihealth | POST   | /engine-rest/task/{task}/assignee                       | {"userId":"nanganghealth"}  | 403
      daolihealth | POST   | /engine-rest/task/{task}/complete                       | {"variables":{}}            | 403
      daolihealth | POST   | /engine-rest/task/{task}/delegate                       | {"userId":"nanganghealth"}  | 403
      daolihealth | PUT    | /engine-rest/task/{task}                                | {"name":"x","due":null}     | 403
      daolihealth | POST   | /engine-rest/task/{task}/identity-links                 | {"groupId":"district-health-230103","type":"candidate"} | 403
      daolihealth | POST   | /engine-rest/task/{task}/localVariables                 | {"modifications":{}}        | 403
      daolihealth | POST   | /engine-rest/task/create                                | {"name":"x"}                | 403
      daolihealth | POST   | /engine-rest/filter/create                              | {"resourceType":"Task","name":"x","query":{}} | 403
      daolihealth | POST   | /engine-rest/authorization/create                       | {"type":1,"permissions":["ALL"],"userId":"daolihealth","resourceType":0,"resourceId":"*"} | 403
      daolihealth | POST   | /engine-rest/identity/verify                            | {"username":"admin","password":"admin"} | 403
      daolihealth | GET    | /engine-rest/identity/groups?userId=admin               |                             | 403
      daolihealth | GET    | /engine-rest/user                                       |                             | 403
      daolihealth | GET    | /engine-rest/user?id=admin                              |                             | 403
      daolihealth | GET    | /engine-rest/user/admin/profile                         |                             | 403
      daolihealth | PUT    | /engine-rest/user/nanganghealth/profile                 | {"id":"nanganghealth","firstName":"x"} | 403
      daolihealth | PUT    | /engine-rest/user/daolihealth/profile                   | {"id":"daolihealth","firstName":"x"} | 403
      daolihealth | DELETE | /engine-rest/user/daolihealth                           |                             | 403
      daolihealth | POST   | /engine-rest/user/create                                | {"profile":{"id":"x"},"credentials":{"password":"x"}} | 403
      daolihealth | GET    | /engine-rest/group?member=admin                         |                             | 403
      daolihealth | POST   | /engine-rest/group                                      | {"member":"admin"}          | 403
      daolihealth | PUT    | /engine-rest/group/district-health-230103/members/daolihealth |                       | 403
      daolihealth | POST   | /engine-rest/message                                    | {"messageName":"childcare-subsidy-withdrawn"} | 403
      daolihealth | POST   | /engine-rest/process-definition/key/childcare-subsidy/start | {"variables":{}}        | 403
      daolihealth | POST   | /engine-rest/deployment/create                          |                             | 403
      daolihealth | GET    | /engine-rest/process-definition/statistics              |                             | 403
      daolihealth | GET    | /engine-rest/process-definition/statistics/             |                             | 403
      supervisor  | GET    | /engine-rest/group?member=daolihealth                   |                             | 403
      supervisor  | POST   | /engine-rest/group                                      | {"member":"daolihealth"}    | 403
      supervisor  | GET    | /engine-rest/job/{job}/stacktrace                       |                             | 403
      supervisor  | POST   | /engine-rest/group                                      | {"idIn":["finance"]}        | 200
      daolihealth | GET    | /engine-rest/job                                        |                             | 403
      daolihealth | GET    | /engine-rest/history/process-instance                   |                             | 403
      daolihealth | GET    | /engine-rest/task/{task}                                |                             | 200
      daolihealth | GET    | /engine-rest/task/{task}/deployed-form                  |                             | 200
      daolihealth | GET    | /engine-rest/task/{task}/form-variables                 |                             | 200
      daolihealth | GET    | /engine-rest/user/daolihealth/profile                   |                             | 200
      daolihealth | GET    | /engine-rest/user?id=daolihealth                        |                             | 200
      daolihealth | GET    | /engine-rest/group?member=daolihealth                   |                             | 200
      daolihealth | GET    | /engine-rest/history/user-operation?taskId={task}       |                             | 200
      daolihealth | GET    | /engine-rest/process-definition?latest=true             |                             | 200
      supervisor  | GET    | /engine-rest/job?processInstanceId={instance}           |                             | 200
      supervisor  | GET    | /engine-rest/process-definition/statistics              |                             | 200
      supervisor  | GET    | /engine-rest/history/process-instance                   |                             | 200
      supervisor  | POST   | /engine-rest/process-instance/count                     | {}                          | 200
      supervisor  | GET    | /engine-rest/task/{task}                                |                             | 200
      admin       | GET    | /engine-rest/user                                       |                             | 200
      """)
  void eachRoleMayCallOnlyItsRoutes(String user, String method, String path, String body, int expected) {
    int retriesBefore = reviewTimer.getRetries();

    ResponseEntity<String> answer = call(user, HttpMethod.valueOf(method), path, body);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(expected);
    Job timerAfter = managementService.createJobQuery().jobId(reviewTimer.getId()).singleResult();
    assertThat(timerAfter).as("the case's timer").isNotNull();
    assertThat(timerAfter.getRetries()).isEqualTo(retriesBefore);
    assertThat(timerAfter.isSuspended()).isFalse();
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult()).as("the review task").isNotNull();
    if (expected == 403) {
      assertThat(answer.getBody()).containsPattern("\"message\":\"\\p{IsHan}+").doesNotContain("Exception");
    }
  }

  @Test
  void threeRefusedExecutionsLeaveTheTimerToFireOnTime() {
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(call("daolihealth", HttpMethod.POST, "/engine-rest/job/{job}/execute", null).getStatusCode().value())
          .isEqualTo(403);
    }
    Job timer = managementService.createJobQuery().jobId(reviewTimer.getId()).singleResult();
    assertThat(timer.getRetries()).isEqualTo(3);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(review.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void aCompletionWithAFieldOutsideItsFormChangesNothingAndTheFormsFieldsComplete() {
    ResponseEntity<String> moved = call("daolihealth", HttpMethod.POST, "/engine-rest/task/{task}/submit-form",
        "{\"variables\":{\"reviewDecision\":{\"value\":\"approve\"},\"divisionCode\":{\"value\":\"230103\"},"
            + "\"bankAccount\":{\"value\":\"6222020000000000001\"}}}");

    assertThat(moved.getStatusCode().value()).isEqualTo(400);
    assertThat(moved.getBody()).contains("divisionCode", "bankAccount", "表单");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult()).isNotNull();
    assertThat(runtimeService.getVariable(review.getProcessInstanceId(), "divisionCode")).isEqualTo("230102");

    ResponseEntity<String> approved = call("daolihealth", HttpMethod.POST, "/engine-rest/task/{task}/submit-form",
        "{\"variables\":{\"reviewDecision\":{\"value\":\"approve\"}}}");
    assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult()).isNull();
  }

  @Test
  void aCommentOnlyAboutTheCaseOfTheTaskOneMayWork() {
    String nangangCase = intake.submitOnline(TestFamily.of("230103", LocalDate.of(2025, 8, 8), 2)
        .registerIn(registry, 2).application()).applicationNumber();
    String nangangInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nangangCase)
        .singleResult().getId();

    ResponseEntity<String> elsewhere = call("daolihealth", HttpMethod.POST, "/engine-rest/task/{task}/comment/create",
        "{\"message\":\"看过了\",\"processInstanceId\":\"" + nangangInstance + "\"}");

    assertThat(elsewhere.getStatusCode().value()).isEqualTo(403);
    assertThat(taskService.getProcessInstanceComments(nangangInstance)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"reviewDecision":{"value":"grantEverything"}}
      {"reviewDecision":{"value":"approve","type":"Object"}}
      {"reviewDecision":{"value":42}}
      {"reviewDecision":{"value":"reject"},"rejectionReasonZh":{"value":"<script>alert(1)</script>"}}
      {"reviewDecision":{"value":"reject"},"rejectionReasonZh":{"value":"=SUM(A1:A9)"}}
      {"reviewDecision":{"value":"reject"},"rejectionReasonZh":{"value":"[详情](http://evil.example)"}}
      {"reviewDecision":{"value":"reject"},"rejectionReasonZh":{"value":"LONG"}}
      """)
  void aCompletionWhoseValuesDoNotFitTheFormChangesNothing(String variables) {
    String body = "{\"variables\":" + variables.replace("LONG", "理".repeat(501)) + "}";

    ResponseEntity<String> answer = call("daolihealth", HttpMethod.POST, "/engine-rest/task/{task}/submit-form", body);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody()).contains("表单").doesNotContain("Exception");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult()).isNotNull();
  }

  @Test
  void aClaimOnlyForOneself() {
    assertThat(call("daolihealth", HttpMethod.POST, "/engine-rest/task/{task}/claim", "{\"userId\":\"daolihealth\"}")
        .getStatusCode().value()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("daolihealth");
  }

  @Test
  void aCounterStartIsForTheStartersOwnDivisionAndAlwaysACounterCase() {
    String startForm = "/engine-rest/process-definition/key/childcare-subsidy/submit-form";
    TestFamily nangang = TestFamily.of("230103", LocalDate.of(2025, 9, 9), 2).registerIn(registry, 2);
    ResponseEntity<String> otherDivision = call("daolihealth", HttpMethod.POST, startForm, formOf(nangang, ""));
    assertThat(otherDivision.getStatusCode().value()).as(otherDivision.getBody()).isEqualTo(400);
    assertThat(otherDivision.getBody()).contains("只受理本区县").doesNotContain("Exception");

    TestFamily daoli = TestFamily.of("230102", LocalDate.of(2025, 9, 9), 2).registerIn(registry, 2);
    ResponseEntity<String> claimedOnline = call("daolihealth", HttpMethod.POST, startForm,
        formOf(daoli, ",\"channel\":{\"value\":\"ONLINE\"}"));
    assertThat(claimedOnline.getStatusCode().value()).isEqualTo(400);
    assertThat(claimedOnline.getBody()).contains("channel");

    ResponseEntity<String> ownDivision = call("daolihealth", HttpMethod.POST, startForm, formOf(daoli, ""));
    assertThat(ownDivision.getStatusCode().value()).as(ownDivision.getBody()).isEqualTo(200);
    String instance = ownDivision.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(runtimeService.getVariable(instance, "channel")).isEqualTo("COUNTER");
  }

  private static String formOf(TestFamily family, String extraVariables) {
    StringBuilder variables = new StringBuilder();
    family.application().toVariables().forEach((name, value) -> {
      if (value != null) {
        variables.append(variables.isEmpty() ? "" : ",").append('"').append(name).append("\":{\"value\":")
            .append(value instanceof Integer ? value.toString() : "\"" + value + "\"").append('}');
      }
    });
    return "{\"variables\":{" + variables + extraVariables + "}}";
  }

  @Test
  void aCaseworkersWebappSessionReadsNoCockpitStatisticsAndASupervisorsDoes() {
    WebappSession caseworker = WebappSession.login(rest.getRootUri(), "tasklist", "daolihealth", DemoUsers.PASSWORD);
    assertThat(caseworker.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
        .isEqualTo(403);
    assertThat(caseworker.get("/camunda/api/engine/engine/default/process-definition/statistics").statusCode())
        .isEqualTo(403);
    assertThat(caseworker.send("POST", "/camunda/api/engine/engine/default/job/" + reviewTimer.getId() + "/execute",
        null).statusCode()).isEqualTo(403);
    assertThat(caseworker.get("/camunda/api/engine/engine/default/task/" + review.getId()).statusCode()).isEqualTo(200);
    assertThat(caseworker.send("POST", "/camunda/api/engine/engine/default/task/" + review.getId() + "/claim",
        "{\"userId\":\"daolihealth\"}").statusCode()).isEqualTo(204);

    WebappSession supervisor = WebappSession.login(rest.getRootUri(), "cockpit", "supervisor", DemoUsers.PASSWORD);
    assertThat(supervisor.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode())
        .isEqualTo(200);
    assertThat(supervisor.send("PUT", "/camunda/api/engine/engine/default/process-instance/"
        + review.getProcessInstanceId() + "/suspended", "{\"suspended\":true}").statusCode()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
        .singleResult().isSuspended()).isFalse();
  }

  @Test
  void aPathThatDecodesIntoAnotherIsRefused() {
    assertThat(call("daolihealth", HttpMethod.GET, "/engine-rest/task/%2E%2E/job", null).getStatusCode().value())
        .isIn(400, 404);
    assertThat(call("supervisor", HttpMethod.PUT, "/engine-rest/job/{job}%2Fsuspended", "{\"suspended\":true}")
        .getStatusCode().value()).isIn(400, 403);
    assertThat(managementService.createJobQuery().jobId(reviewTimer.getId()).singleResult().isSuspended()).isFalse();
  }

  @Test
  void engineErrorsShowNoClassNamesOrSql() {
    ResponseEntity<String> unknown = call("admin", HttpMethod.GET, "/engine-rest/task/no-such-task", null);
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody()).contains("\"message\"").doesNotContain("Exception");
  }
}

