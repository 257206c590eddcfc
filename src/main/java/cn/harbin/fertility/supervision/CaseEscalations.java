package cn.harbin.fertility.supervision;

import cn.harbin.fertility.common.Sequences;
import java.sql.Timestamp;
import java.time.Clock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records that a user task passed its due date, for the supervisors' overview. Called from the non-interrupting
 * timer on each user task: {@code ${caseEscalations.record(execution, 'Task_DistrictReview')}}.
 */
@Component("caseEscalations")
public class CaseEscalations {

  private final TaskService taskService;
  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final Clock clock;

  public CaseEscalations(TaskService taskService, JdbcClient jdbc, Sequences sequences, Clock clock) {
    this.taskService = taskService;
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.clock = clock;
  }

  /** Every open task of that key in the case: a multi-instance task has one per bureau. */
  public void record(DelegateExecution execution, String overdueTaskKey) {
    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(overdueTaskKey).list()) {
      record(execution, task);
    }
  }

  private void record(DelegateExecution execution, Task task) {
    String groupId = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElse(null);
    jdbc.sql("""
            INSERT INTO escalation (id, business_key, task_name, group_id, due_at, escalated_at)
            VALUES (:id, :number, :taskName, :groupId, :dueAt, :escalatedAt)""")
        .param("id", sequences.next("escalation_seq"))
        .param("number", execution.getProcessBusinessKey())
        .param("taskName", task.getName())
        .param("groupId", groupId)
        .param("dueAt", task.getDueDate() == null ? null : new Timestamp(task.getDueDate().getTime()))
        .param("escalatedAt", Timestamp.from(clock.instant()))
        .update();
  }
}
