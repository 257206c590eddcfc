package cn.harbin.fertility.bureaus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.EngineRestClient;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * What every database must keep true: a task routed to one district's bureau is worked there and nowhere
 * else, and supervisors read it without being able to change it. Run on H2 and on PostgreSQL.
 */
abstract class TaskRoutingContract {

  static final String PROCESS = "test-district-review";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  String daoliTask;
  String nangangTask;

  /** A caseworker of 道里区's health bureau, however the context under test provides one. */
  abstract String daoliCaseworkerId();

  abstract EngineRestClient daoliCaseworker();

  abstract EngineRestClient supervisor();

  @BeforeEach
  void twoCasesInTwoDistricts() {
    repositoryService.createDeployment().name("test-district-review")
        .addClasspathResource("bpmn/test-district-review.bpmn").enableDuplicateFiltering(true).deploy();
    daoliTask = startCase(HarbinDivision.DAOLI);
    nangangTask = startCase(HarbinDivision.NANGANG);
  }

  private String startCase(HarbinDivision division) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("division", division.code()));
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  @Test
  void caseworkerSeesOnlyTheTasksOfTheirOwnDistrict() {
    assertThat(daoliCaseworker().taskIds(PROCESS)).contains(daoliTask).doesNotContain(nangangTask);
  }

  @Test
  void caseworkerCanNeitherClaimNorCompleteAnotherDistrictsTask() {
    assertThat(daoliCaseworker().claim(nangangTask, daoliCaseworkerId())).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(daoliCaseworker().complete(nangangTask)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(nangangTask).singleResult().getAssignee()).isNull();
  }

  @Test
  void caseworkerWorksTheirOwnTaskToTheEnd() {
    assertThat(daoliCaseworker().claim(daoliTask, daoliCaseworkerId())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(daoliCaseworker().complete(daoliTask)).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(daoliTask).count()).isZero();
  }

  @Test
  void supervisorReadsEveryTaskButChangesNone() {
    assertThat(supervisor().taskIds(PROCESS)).contains(daoliTask, nangangTask);
    assertThat(supervisor().complete(daoliTask)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(supervisor().ids("/engine-rest/history/process-instance?processDefinitionKey=" + PROCESS))
        .contains(processInstanceOf(daoliTask), processInstanceOf(nangangTask));
  }

  private String processInstanceOf(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
  }
}
