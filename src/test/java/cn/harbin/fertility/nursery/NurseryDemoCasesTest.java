package cn.harbin.fertility.nursery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApplicationOnH2
class NurseryDemoCasesTest {

  private static final YearMonth NOW = YearMonth.now(TimeConfiguration.HARBIN);

  @Autowired Nurseries nurseries;
  @Autowired NurseryReports reports;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  @Test
  void twoNurseriesHaveAcceptedMonthsAndOneChildWaitsAtBothDistricts() {
    for (int back = 6; back >= 3; back--) {
      NurseryReports.Report month = reports.find(NurseryDemoCases.SUNSHINE, NOW.minusMonths(back)).orElseThrow();
      assertThat(month.status()).isEqualTo(NurseryReports.Status.ACCEPTED);
      assertThat(month.amount()).isEqualByComparingTo("600");
    }
    assertThat(jdbc.sql("""
            SELECT SUM(p.amount) FROM entitlement_period p JOIN entitlement e ON e.id = p.entitlement_id
            WHERE e.beneficiary_id_number = :code""").param("code", NurseryDemoCases.SETTING_SAIL)
        .query(BigDecimal.class).single()).isEqualByComparingTo("2400");

    YearMonth twice = NOW.minusMonths(2);
    Task daoli = review(NurseryDemoCases.SUNSHINE, twice);
    Task nangang = review(NurseryDemoCases.SETTING_SAIL, twice);
    assertThat(daoli.getName()).startsWith("区卫健局核定月度名单 · TB-");
    assertThat(taskService.getIdentityLinksForTask(daoli.getId())).anyMatch(link ->
        "district-health-230102".equals(link.getGroupId()));
    assertThat(taskService.getIdentityLinksForTask(nangang.getId())).anyMatch(link ->
        "district-health-230103".equals(link.getGroupId()));
    for (Task review : List.of(daoli, nangang)) {
      assertThat((String) runtimeService.getVariable(review.getProcessInstanceId(), "reviewSummary"))
          .contains("本月另有托育机构报送该儿童", "唐一一");
    }
  }

  @Test
  void oneNurseryLostItsRecognitionMidYear() {
    Nurseries.Nursery rainbow = nurseries.find(NurseryDemoCases.RAINBOW).orElseThrow();
    assertThat(rainbow.status()).isEqualTo(Nurseries.Status.WITHDRAWN);
    assertThat(rainbow.recognisedTo()).isEqualTo(NOW.minusMonths(3).atDay(15));
    // Its recognition, dated back, opened last month while that could still be reported (the 1st to the 25th);
    // the withdrawal, dated back too, ended that month.
    List<NurseryReports.Report> months = reports.of(NurseryDemoCases.RAINBOW);
    assertThat(months).filteredOn(report -> report.status() != NurseryReports.Status.WITHDRAWN)
        .extracting(NurseryReports.Report::month)
        .containsExactly(NOW.minusMonths(4), NOW.minusMonths(5), NOW.minusMonths(6));
    boolean lastMonthOpened = reports.find(NurseryDemoCases.SUNSHINE, NOW.minusMonths(1)).isPresent();
    assertThat(months).filteredOn(report -> report.status() == NurseryReports.Status.WITHDRAWN)
        .extracting(NurseryReports.Report::month)
        .isEqualTo(lastMonthOpened ? List.of(NOW.minusMonths(1)) : List.of());
  }

  private Task review(String creditCode, YearMonth month) {
    return taskService.createTaskQuery()
        .processInstanceBusinessKey(reports.find(creditCode, month).orElseThrow().applicationNumber()).singleResult();
  }
}
