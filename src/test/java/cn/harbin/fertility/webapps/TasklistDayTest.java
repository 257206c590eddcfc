package cn.harbin.fertility.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.birthonething.BirthOneThingApplication;
import cn.harbin.fertility.birthonething.BirthOneThingIntake;
import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.bureaus.TaskLabels;
import cn.harbin.fertility.bureaus.TasklistFilters;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.security.StaffRealm;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the server does for a caseworker's day in Tasklist: tasks that name their case, a search by number and
 * name, what happens after 完成, which actions are offered, refusals and dates as Harbin staff read them. The
 * browser's side is {@link TasklistInChineseE2eTest}.
 */
@ApplicationOnH2
class TasklistDayTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired BirthOneThingIntake birthOneThing;

  @Test
  void aTaskNamesItsCaseAndTheSharedFiltersShowItAsColumns() throws IOException {
    Task review = newDaoliReview();
    String number = number(review);
    String applicant = (String) runtimeService.getVariable(review.getProcessInstanceId(), "applicantName");

    assertThat(review.getName()).isEqualTo("区卫健局审核 · " + number + " " + applicant);
    assertThat(taskService.getVariablesLocal(review.getId())).containsExactlyInAnyOrderEntriesOf(Map.of(
        TaskLabels.CASE_NUMBER, number, TaskLabels.CASE_APPLICANT, applicant, TaskLabels.CASE_DIVISION, "道里区"));
    assertThat(filterService.createTaskFilterQuery().filterName(TasklistFilters.DEPARTMENT_TASKS).singleResult()
        .getProperties().get("variables")).isEqualTo(TasklistFilters.COLUMNS);

    String departmentFilter = filterService.createTaskFilterQuery().filterName(TasklistFilters.DEPARTMENT_TASKS)
        .singleResult().getId();
    for (String searched : new String[] {number, applicant}) {
      String answer = rest.withBasicAuth("daolihealth", DemoUsers.PASSWORD).postForObject("/engine-rest/filter/"
          + departmentFilter + "/list", Map.of("nameLike", "%" + searched + "%"), String.class);
      JsonNode found = JSON.readTree(answer);
      assertThat(found.isArray() && found.size() > 0).as("Tasklist's search box for " + searched + ": " + answer)
          .isTrue();
      found.forEach(task -> assertThat(task.get("name").asText()).contains(searched));
    }
  }

  @Test
  void afterCompletionTheCaseworkerLearnsWhichCaseItWasAndWhatHappensNext() throws IOException {
    WebappSession daoli = WebappSession.login(root(), "tasklist", "daolihealth", DemoUsers.PASSWORD);
    Task approved = newDaoliReview();
    taskService.claim(approved.getId(), "daolihealth");
    taskService.complete(approved.getId(), Map.of("reviewDecision", "approve"));
    JsonNode granted = JSON.readTree(daoli.get("/staff/tasks/" + approved.getId() + "/next-step").body());
    assertThat(granted.get("completedTask").asText()).isEqualTo(approved.getName());
    assertThat(granted.get("nextStep").asText()).isEqualTo("案件已办结：准予发放");

    Task askedForMaterial = newDaoliReview();
    taskService.claim(askedForMaterial.getId(), "daolihealth");
    taskService.complete(askedForMaterial.getId(), Map.of("reviewDecision", "requestMaterial"));
    assertThat(JSON.readTree(daoli.get("/staff/tasks/" + askedForMaterial.getId() + "/next-step").body())
        .get("nextStep").asText()).isEqualTo("下一步：等待申请人补正材料");

    WebappSession nangang = WebappSession.login(root(), "tasklist", "nanganghealth", DemoUsers.PASSWORD);
    assertThat(nangang.get("/staff/tasks/" + approved.getId() + "/next-step").statusCode()).isEqualTo(403);
    assertThat(daoli.get("/staff/tasks/no-such-task/next-step").statusCode()).isEqualTo(404);
    Task open = newDaoliReview();
    assertThat(daoli.get("/staff/tasks/" + open.getId() + "/next-step").statusCode()).as("not completed yet")
        .isEqualTo(404);
  }

  @Test
  void aSchemeOfTheBirthBundleIsFollowedByTheCasesOtherSchemesNotByItsOwnEnd() throws IOException {
    TestFamily family = TestFamily.of("230102", LocalDate.now(TimeConfiguration.HARBIN).minusDays(10), 2)
        .registerIn(registry, 2);
    String number = birthOneThing.submitOnline(new BirthOneThingApplication("王芳", family.mother(), "13900451234",
        "MOTHER", "230102", "张小明", family.child(), family.childBirthDate(), 2, "张伟", family.father(), "中国工商银行哈尔滨分行",
        "6222021234567890123", null, null, null, false)).applicationNumber();
    Task confirmation = taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_ProvidentFundConfirmation").singleResult();
    assertThat(confirmation.getName()).as("the scheme's own process carries the case's number")
        .isEqualTo("市住房公积金中心确认贷款条件 · " + number + " 王芳");
    taskService.claim(confirmation.getId(), "providentfund");
    taskService.complete(confirmation.getId(), Map.of("providentFundDecision", "APPROVED"));

    JsonNode next = JSON.readTree(WebappSession.login(root(), "tasklist", "providentfund", DemoUsers.PASSWORD)
        .get("/staff/tasks/" + confirmation.getId() + "/next-step").body());
    assertThat(next.get("caseNumber").asText()).isEqualTo(number);
    assertThat(next.get("nextStep").asText()).startsWith("下一步：").contains("区卫健局审核国家育儿补贴（道里区卫生健康局）",
        "市医保局办理新生儿参保（市医保局）", "市级育儿补贴（育儿补贴案件）").doesNotContain("已办结", "CallActivity");
  }

  @Test
  void onlyWhatTheEngineAllowsIsOffered() throws IOException {
    JsonNode caseworker = JSON.readTree(WebappSession.login(root(), "tasklist", "daolihealth", DemoUsers.PASSWORD)
        .get("/staff/me/permissions").body());
    assertThat(caseworker.get("administrator").asBoolean()).isFalse();
    assertThat(caseworker.get("mayCreateTasks").asBoolean()).isFalse();
    assertThat(caseworker.get("mayEditFilters").asBoolean()).isFalse();
    JsonNode supervisor = JSON.readTree(WebappSession.login(root(), "cockpit", "supervisor", DemoUsers.PASSWORD)
        .get("/staff/me/permissions").body());
    assertThat(supervisor.get("administrator").asBoolean()).isFalse();
    JsonNode administrator = JSON.readTree(WebappSession.login(root(), "cockpit", "admin", "admin")
        .get("/staff/me/permissions").body());
    assertThat(administrator.get("administrator").asBoolean()).isTrue();
    assertThat(administrator.get("mayCreateTasks").asBoolean()).isTrue();
    assertThat(administrator.get("mayEditFilters").asBoolean()).isTrue();

    HttpResponse<String> script = send(HttpRequest.newBuilder(URI.create(root() + "/staff/me/permissions"))
        .header("X-Requested-With", "XMLHttpRequest").build());
    assertThat(script.statusCode()).isEqualTo(401);
    assertThat(script.headers().firstValue("WWW-Authenticate")).as("no password prompt over Tasklist").isEmpty();
  }

  @Test
  void refusalsReadInChineseInTheWebappsAndWithTheEnginesTextForScripts() throws IOException {
    WebappSession daoli = WebappSession.login(root(), "tasklist", "daolihealth", DemoUsers.PASSWORD);
    HttpResponse<String> gone = daoli.get("/camunda/api/engine/engine/default/task/no-such-task");
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(gone.body()).get("message").asText())
        .isEqualTo("该任务已不存在（可能已由他人办结、撤回或删除），请刷新列表。");

    String forScripts = rest.withBasicAuth("daolihealth", DemoUsers.PASSWORD)
        .getForObject("/engine-rest/task/no-such-task", String.class);
    assertThat(JSON.readTree(forScripts).get("message").asText())
        .isEqualTo("该任务已不存在（可能已由他人办结、撤回或删除），请刷新列表。 / No matching task with id no-such-task");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/staff/bank-files/1", "/api/payments/batches/1/bank-file",
      "/actuator/metrics", "/supervision/tables/flow.csv"})
  void everyPasswordChallengeNamesTheCityInUtf8(String path) {
    HttpResponse<String> challenged = send(HttpRequest.newBuilder(URI.create(root() + path)).build());
    assertThat(challenged.statusCode()).isEqualTo(401);
    String onTheWire = challenged.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertThat(new String(onTheWire.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
        .isEqualTo("Basic realm=\"" + StaffRealm.NAME + "\"");
  }

  @Test
  void theEnginesDatesCarryChinaStandardTime() throws IOException {
    Task review = newDaoliReview();
    JsonNode task = JSON.readTree(rest.withBasicAuth("admin", "admin")
        .getForObject("/engine-rest/task/" + review.getId(), String.class));
    assertThat(task.get("created").asText()).endsWith("+0800");
    assertThat(task.get("due").asText()).endsWith("+0800");
  }

  private Task newDaoliReview() {
    String number = runtimeService.startProcessInstanceByKey("childcare-subsidy", TestFamily.of("230102",
        LocalDate.of(2025, 4, 4), 2).registerIn(registry, 2).application().toVariables()).getBusinessKey();
    return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
  }

  private String number(Task task) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
        .getBusinessKey();
  }

  private String root() {
    return "http://localhost:" + port;
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
