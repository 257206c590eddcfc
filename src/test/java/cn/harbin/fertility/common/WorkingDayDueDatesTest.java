package cn.harbin.fertility.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnH2;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The engine's due dates in China's working days, from the holiday table the application ships. */
@ApplicationOnH2
@ExtendWith(OutputCaptureExtension.class)
class WorkingDayDueDatesTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @BeforeEach
  void deploy() {
    repositoryService.createDeployment().addClasspathResource("bpmn/test-working-day-due.bpmn")
        .enableDuplicateFiltering(true).deploy();
  }

  @ParameterizedTest
  @CsvSource({
      "2025-09-30T10:00, P3WD, 2025-10-11T23:59:59",   // National Day 2025: Oct 1–8 off, Saturday Oct 11 worked
      "2026-02-13T16:00, P1WD, 2026-02-14T23:59:59",   // Spring Festival 2026: Saturday Feb 14 worked
      "2026-02-14T09:00, P1WD, 2026-02-24T23:59:59",   // then Feb 15–23 off
      "2026-09-18T09:00, P30WD, 2026-11-05T23:59:59",  // Mid-Autumn and National Day 2026, two make-up days
      "2026-09-30T10:00, P15D, 2026-10-15T10:00"})     // a plain ISO duration as before
  void aTaskIsDueAfterTheWorkingDaysOfTheNotices(LocalDateTime now, String due, LocalDateTime expected) {
    ClockUtil.setCurrentTime(Date.from(now.atZone(TimeConfiguration.HARBIN).toInstant()));
    String instance = runtimeService.startProcessInstanceByKey("test-working-day-due", Map.of("due", due)).getId();
    Date dueDate = taskService.createTaskQuery().processInstanceId(instance).singleResult().getDueDate();
    assertThat(ZonedDateTime.ofInstant(dueDate.toInstant(), TimeConfiguration.HARBIN).toLocalDateTime())
        .isEqualTo(expected);
  }

  @Test
  void aDueDateInAYearTheTableDoesNotListIsLoggedOnce(CapturedOutput output) {
    // Years no other test reaches: the log says each once per node.
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2039, 12, 10, 9, 0).atZone(TimeConfiguration.HARBIN)
        .toInstant()));

    runtimeService.startProcessInstanceByKey("test-working-day-due", Map.of("due", "P30WD"));
    runtimeService.startProcessInstanceByKey("test-working-day-due", Map.of("due", "P31WD"));

    assertThat(output.getOut()).containsOnlyOnce("the holiday table lists no day of 2039")
        .containsOnlyOnce("the holiday table lists no day of 2040");
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }
}
