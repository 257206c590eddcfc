package cn.harbin.fertility.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisors' record of a task (what the dashboard's handling times are computed from) as the engine creates,
 * claims and completes it. The database variants run it on H2 and on PostgreSQL, whose date arithmetic differs.
 */
abstract class TaskRecordsContract {

  @Autowired ChildcareSubsidyIntake intake;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  @Test
  void aCompletedTaskKeepsTheSecondsFromItsCreationAndFromItsClaim() {
    Task review = reviewTaskOfANewCase("230108");
    taskService.claim(review.getId(), "district-health-230108");
    backdate(review, "created_at", 3_600 + 100);
    backdate(review, "claimed_at", 40);

    taskService.complete(review.getId(), Map.of("reviewDecision", "approve"));

    Map<String, Object> row = recordOf(review);
    assertThat(row.get("outcome")).isEqualTo("COMPLETED");
    assertThat(((Number) row.get("create_to_complete_seconds")).longValue()).isCloseTo(3_700, within(5L));
    assertThat(((Number) row.get("claim_to_complete_seconds")).longValue()).isCloseTo(40, within(5L));
  }

  @Test
  void aTaskNeverClaimedHasNoClaimTimeAndACancelledOneNoTimesAtAll() {
    Task review = reviewTaskOfANewCase("230109");
    backdate(review, "created_at", 100);
    taskService.complete(review.getId(), Map.of("reviewDecision", "approve"));
    Task cancelled = reviewTaskOfANewCase("230110");
    backdate(cancelled, "created_at", 100);
    runtimeService.deleteProcessInstance(cancelled.getProcessInstanceId(), "withdrawn in a test");

    assertThat(((Number) recordOf(review).get("create_to_complete_seconds")).longValue()).isCloseTo(100, within(5L));
    assertThat(recordOf(review).get("claim_to_complete_seconds")).isNull();
    assertThat(recordOf(cancelled)).containsEntry("outcome", "CANCELLED")
        .containsEntry("create_to_complete_seconds", null).containsEntry("claim_to_complete_seconds", null);
  }

  private Task reviewTaskOfANewCase(String division) {
    TestFamily family = TestFamily.of(division, LocalDate.now(TimeConfiguration.HARBIN).minusMonths(2), 2)
        .registerIn(registry, 2);
    String number = intake.submitOnline(family.application()).applicationNumber();
    return taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey("Task_DistrictReview")
        .singleResult();
  }

  /** As if the step had happened that many seconds ago. */
  private void backdate(Task task, String column, long seconds) {
    jdbc.sql("UPDATE task_record SET " + column + " = :time WHERE task_id = :id")
        .param("time", Timestamp.from(Instant.now().minusSeconds(seconds))).param("id", task.getId()).update();
  }

  private Map<String, Object> recordOf(Task task) {
    return jdbc.sql("""
            SELECT outcome, create_to_complete_seconds, claim_to_complete_seconds FROM task_record WHERE task_id = :id""")
        .param("id", task.getId()).query().singleRow().entrySet().stream()
        .collect(HashMap::new, (map, entry) -> map.put(entry.getKey().toLowerCase(), entry.getValue()), Map::putAll);
  }
}
