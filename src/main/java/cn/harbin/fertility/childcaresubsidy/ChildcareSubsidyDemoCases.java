package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import java.time.Clock;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: childcare subsidy cases in the states a demo caseworker should find (README "Demo users"), made
 * once through the public intake, from the families of {@code demo/population.csv}.
 */
@Component
@Profile("demo")
public class ChildcareSubsidyDemoCases {

  /** 刘丽's second child: waits for 道里区's review. */
  static final ChildcareSubsidyApplication DAOLI_REVIEW = new ChildcareSubsidyApplication("刘丽", "230102199203150124",
      "13904510001", "MOTHER", "230102", "陈二", "230102202501100170", LocalDate.of(2025, 1, 10), 2, "陈刚",
      "230102199007080130", "中国工商银行哈尔滨道里支行", "6222020100010001001");
  /** 赵敏's third child: waits for 南岗区's review. */
  static final ChildcareSubsidyApplication NANGANG_REVIEW = new ChildcareSubsidyApplication("赵敏", "230103199306220208",
      "13904510002", "MOTHER", "230103", "孙三", "230103202503040278", LocalDate.of(2025, 3, 4), 3, "孙强",
      "23010319911103021X", "中国建设银行哈尔滨南岗支行", "6217000100020002002");
  /** 郑洁 declares her second child as the third: the registry disagrees, public security verifies. */
  static final ChildcareSubsidyApplication REGISTRY_MISMATCH = new ChildcareSubsidyApplication("郑洁",
      "230102199112120384", "13904510003", "MOTHER", "230102", "王二", "230102202307150430", LocalDate.of(2023, 7, 15),
      3, "王军", "230102198905170395", "哈尔滨银行道里支行", "6223000100030003003");
  /** 周燕's second child: approved, with an entitlement paid up to this month. */
  static final ChildcareSubsidyApplication GRANTED = new ChildcareSubsidyApplication("周燕", "230102199409090307",
      "13904510004", "MOTHER", "230102", "吴二", "230102202411200354", LocalDate.of(2024, 11, 20), 2, "吴磊",
      "230102199201260311", "中国农业银行哈尔滨道里支行", "6228480100040004004");

  private final ChildcareSubsidyIntake intake;
  private final ApplicationRecords records;
  private final TaskService taskService;
  private final Disbursements disbursements;
  private final Clock clock;

  public ChildcareSubsidyDemoCases(ChildcareSubsidyIntake intake, ApplicationRecords records, TaskService taskService,
      Disbursements disbursements, Clock clock) {
    this.intake = intake;
    this.records = records;
    this.taskService = taskService;
    this.disbursements = disbursements;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(21)
  public void createOnce() {
    if (records.liveClaimHolder(ChildcareSubsidyIntake.claimKey(GRANTED)).isPresent()) {
      return;
    }
    intake.submitOnline(DAOLI_REVIEW);
    intake.submitOnline(NANGANG_REVIEW);
    intake.submitOnline(REGISTRY_MISMATCH);
    String granted = intake.submitOnline(GRANTED).applicationNumber();
    String review = taskService.createTaskQuery().processInstanceBusinessKey(granted).singleResult().getId();
    taskService.complete(review, Map.of("reviewDecision", "approve"));
    Disbursements.Batch thisMonth = disbursements.collect(ChildcareSubsidyParameters.SCHEME, YearMonth.now(clock));
    disbursements.approveForExport(thisMonth.id(), "finance");
    disbursements.confirm(thisMonth.id(), Map.of(), "finance");
  }
}
