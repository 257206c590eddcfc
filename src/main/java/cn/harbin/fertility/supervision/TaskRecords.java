package cn.harbin.fertility.supervision;

import cn.harbin.fertility.bureaus.Bureau;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code task_record} as user tasks are created, claimed and ended, in the transaction that changes the task
 * (the engine's task events, published to Spring by the Camunda starter): the summary the dashboard and the annual
 * report read instead of the engine's history tables. Runs before {@code TaskLabels} renames a new task: the record
 * keeps the step's own name, which the supervisors' tables group by.
 */
@Component
public class TaskRecords {

  private final JdbcClient jdbc;
  private final Clock clock;

  public TaskRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener
  @Order(1)
  public void on(DelegateTask task) {
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> created(task);
      case TaskListener.EVENTNAME_ASSIGNMENT -> claimed(task);
      case TaskListener.EVENTNAME_COMPLETE -> ended(task, "COMPLETED");
      case TaskListener.EVENTNAME_DELETE -> ended(task, "CANCELLED");
      default -> { }
    }
  }

  /** The division is the district bureau's, or else the case's. */
  private void created(DelegateTask task) {
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Optional<String> group = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst();
    String divisionCode = group.flatMap(BureauDirectory::byGroupId).map(Bureau::division).map(HarbinDivision::code)
        .or(() -> Optional.ofNullable(businessKey).flatMap(number -> jdbc.sql(
                "SELECT division_code FROM application WHERE application_number = :number")
            .param("number", number).query(String.class).optional()))
        .orElse(null);
    jdbc.sql("""
            INSERT INTO task_record (task_id, process_instance_id, business_key, process_key, task_key, task_name,
              group_id, division_code, created_at, due_at)
            VALUES (:id, :process, :businessKey, :processKey, :taskKey, :name, :groupId, :division, :createdAt, :dueAt)""")
        .param("id", task.getId())
        .param("process", task.getProcessInstanceId())
        .param("businessKey", businessKey)
        .param("processKey", processKey(task))
        .param("taskKey", task.getTaskDefinitionKey())
        .param("name", task.getName())
        .param("groupId", group.orElse(null))
        .param("division", divisionCode)
        .param("createdAt", Timestamp.from(task.getCreateTime() == null ? clock.instant() : task.getCreateTime().toInstant()))
        .param("dueAt", task.getDueDate() == null ? null : new Timestamp(task.getDueDate().getTime()))
        .update();
  }

  private void claimed(DelegateTask task) {
    if (task.getAssignee() != null) {
      jdbc.sql("UPDATE task_record SET claimed_at = :now WHERE task_id = :id AND claimed_at IS NULL")
          .param("now", Timestamp.from(clock.instant())).param("id", task.getId()).update();
    }
  }

  /** The end, and the seconds since creation and since the claim, reckoned by the database from the row. */
  private void ended(DelegateTask task, String outcome) {
    jdbc.sql(RECORD_END)
        .param("now", Timestamp.from(clock.instant()))
        .param("outcome", outcome)
        .param("completed", "COMPLETED".equals(outcome))
        .param("id", task.getId())
        .update();
  }

  /** None where the time is missing: PostgreSQL's GREATEST would skip the null and give 0. */
  private static final String RECORD_END = """
      UPDATE task_record SET ended_at = :now, outcome = :outcome,
        create_to_complete_seconds = CASE WHEN :completed AND created_at IS NOT NULL THEN %s END,
        claim_to_complete_seconds = CASE WHEN :completed AND claimed_at IS NOT NULL THEN %s END
      WHERE task_id = :id AND ended_at IS NULL""".formatted(secondsSince("created_at"), secondsSince("claimed_at"));

  /** Whole seconds from the column's time to {@code :now}, none below zero. */
  private static String secondsSince(String column) {
    return "GREATEST(0, CAST(FLOOR(EXTRACT(EPOCH FROM CAST(:now AS TIMESTAMP)) - EXTRACT(EPOCH FROM " + column
        + ")) AS BIGINT))";
  }

  /** From the engine's cache of definitions: an id is {@code key:version:uuid} only while it is short enough. */
  private static String processKey(DelegateTask task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? ""
        : task.getProcessEngineServices().getRepositoryService().getProcessDefinition(definitionId).getKey();
  }
}
