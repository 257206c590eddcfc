package cn.harbin.fertility.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On 1 October the city health commission is reminded that the district reports are due on 15 October (§4.3). */
@ApplicationOnH2
class DistrictReportReminderTest {

  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired DistrictReportSchedule schedule;

  @Test
  void theTimerOnTheFirstOfOctoberGivesCityHealthATaskWithTheReportsLink() {
    Job timer = managementService.createJobQuery().processDefinitionKey("district-report-reminder").timers()
        .singleResult();
    LocalDate next = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    assertThat(next.getMonthValue()).isEqualTo(10);
    assertThat(next.getDayOfMonth()).isEqualTo(1);

    managementService.executeJob(timer.getId());

    Task reminder = taskService.createTaskQuery().processDefinitionKey("district-report-reminder")
        .taskCandidateGroup(BureauDirectory.CITY_HEALTH).singleResult();
    assertThat(reminder.getName()).as("no case: the step's name alone").isEqualTo("收齐各区县人口工作年度报告");
    assertThat(reminder.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(LocalDate.of(schedule.reportYear(), 10, 15));
    assertThat(taskService.getVariable(reminder.getId(), "reportYear")).isEqualTo(schedule.reportYear());
    assertThat(managementService.createJobQuery().processDefinitionKey("district-report-reminder").timers().count())
        .as("next year's timer").isEqualTo(1);
  }
}
