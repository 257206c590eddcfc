package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.population.PopulationRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile: three newborns of the parents in {@code demo/population.csv}, born a few weeks before the demo's
 * first start (so that every window is still open, whenever the demo is started): a 3rd child in 道里区 whose parents
 * bought a new flat there (five schemes at five bureaus), a 1st child in 南岗区 (national subsidy, insurance, tax
 * information only), and a 2nd child in 宾县 whose parents bought their flat in the county (no home-purchase subsidy,
 * with the reason), whose loan condition the provident fund centre has already confirmed (its certificate is in the
 * family's portal). The newborns are added to the population registry as a birth registration would.
 */
@Component
@Profile("demo")
public class BirthOneThingDemoCases {

  static final String THIRD_CHILD_MOTHER = "230102199106182845";
  static final String FIRST_CHILD_MOTHER = "230103199503094060";
  static final String COUNTY_MOTHER = "23012519930707508X";
  private static final String DEMO_PROVIDENT_FUND_CASEWORKER = "providentfund";

  private final BirthOneThingIntake intake;
  private final JdbcPopulationRegistry registry;
  private final JdbcClient jdbc;
  private final TaskService taskService;
  private final Clock clock;

  public BirthOneThingDemoCases(BirthOneThingIntake intake, JdbcPopulationRegistry registry, JdbcClient jdbc,
      TaskService taskService, Clock clock) {
    this.intake = intake;
    this.registry = registry;
    this.jdbc = jdbc;
    this.taskService = taskService;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(24)
  public void createOnce() {
    boolean created = jdbc.sql("SELECT COUNT(*) FROM application WHERE case_type = :type AND applicant_id_number = :mother")
        .param("type", BirthOneThingIntake.PROCESS_KEY).param("mother", THIRD_CHILD_MOTHER)
        .query(Long.class).single() > 0;
    if (created) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate thirdBorn = today.minusDays(25);
    LocalDate firstBorn = today.minusDays(12);
    LocalDate countyBorn = today.minusDays(40);
    String third = IdentityNumber.of("230102", thirdBorn, 353).value();
    String first = IdentityNumber.of("230103", firstBorn, 429).value();
    String county = IdentityNumber.of("230125", countyBorn, 532).value();
    registry.saveAll(List.of(
        new PopulationRecord(third, "周三", "230102", "230102198902273110", THIRD_CHILD_MOTHER, 3, thirdBorn, "DEMO"),
        new PopulationRecord(first, "王小宝", "230103", "230103199412014176", FIRST_CHILD_MOTHER, 1, firstBorn, "DEMO"),
        new PopulationRecord(county, "钱二", "230125", "230125199205055192", COUNTY_MOTHER, 2, countyBorn, "DEMO")));
    intake.submitOnline(thirdChildNewFlat(third, thirdBorn));
    intake.submitOnline(new BirthOneThingApplication("李娜", FIRST_CHILD_MOTHER, "13600451012", "MOTHER", "230103",
        "王小宝", first, firstBorn, 1, "王磊", "230103199412014176", "中国农业银行哈尔滨南岗支行", "6228480123456789012",
        null, null, null, false));
    String countyCase = intake.submitOnline(new BirthOneThingApplication("赵敏", COUNTY_MOTHER, "13600451013", "MOTHER",
        "230125", "钱二", county, countyBorn, 2, "钱军", "230125199205055192", "中国邮政储蓄银行宾县支行",
        "6210980123456789012", "HF2026-0125-000318", "230125", countyBorn.plusDays(20), false)).applicationNumber();
    confirmedByTheProvidentFund(countyCase);
  }

  private void confirmedByTheProvidentFund(String applicationNumber) {
    Task confirmation = taskService.createTaskQuery().processInstanceBusinessKey(applicationNumber)
        .taskDefinitionKey("Task_ProvidentFundConfirmation").singleResult();
    taskService.claim(confirmation.getId(), DEMO_PROVIDENT_FUND_CASEWORKER);
    taskService.complete(confirmation.getId(), Map.of("providentFundDecision", "APPROVED"));
  }

  private static BirthOneThingApplication thirdChildNewFlat(String child, LocalDate born) {
    return new BirthOneThingApplication("孙梅", THIRD_CHILD_MOTHER, "13600451011", "MOTHER", "230102", "周三", child, born,
        3, "周涛", "230102198902273110", "中国建设银行哈尔滨道里支行", "6217000123456789012", "HF2026-0102-004512",
        "230102", born.plusDays(10), false);
  }
}
