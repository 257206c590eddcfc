package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.ApplicationRecords;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: special-family cases in the states a demo caseworker should find (README "Demo users"): one in
 * public notice, one waiting for 道里区's approval, one with services at two bureaus, and a granted family up for
 * this year's requalification at 道里区's street office.
 */
@Component
@Profile("demo")
public class SpecialFamilyDemoCases {

  static final SpecialFamilyApplication IN_PUBLIC_NOTICE = bereaved("陈秀英", "230102196403152008", "林建国",
      "230102196207082014", "230102", List.of());
  static final SpecialFamilyApplication AWAITING_DAOLI_APPROVAL = bereaved("刘桂芝", "230102196606222045", "张立新",
      "23010219631103205X", "230102", List.of("MEDICAL_GREEN_CHANNEL"));
  static final SpecialFamilyApplication SERVICES_IN_PROGRESS = bereaved("王淑珍", "230103196509092089", "李德福",
      "230103196201262096", "230103", List.of("PRIORITY_HOUSING", "CARE_VISITS"));
  static final SpecialFamilyApplication UP_FOR_REQUALIFICATION = bereaved("杨玉兰", "230102196312122129", "赵志强",
      "230102196105172131", "230102", List.of());

  private final SpecialFamilyIntake intake;
  private final ApplicationRecords records;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  public SpecialFamilyDemoCases(SpecialFamilyIntake intake, ApplicationRecords records, RuntimeService runtimeService,
      TaskService taskService, ManagementService managementService) {
    this.intake = intake;
    this.records = records;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(22)
  public void createOnce() {
    if (records.liveClaimHolder(SpecialFamilyIntake.claimKeys(IN_PUBLIC_NOTICE).get(0)).isPresent()) {
      return;
    }
    streetApproves(intake.submitOnline(IN_PUBLIC_NOTICE).applicationNumber());
    noticeEnds(streetApproves(intake.submitOnline(AWAITING_DAOLI_APPROVAL).applicationNumber()));
    districtApproves(noticeEnds(streetApproves(intake.submitOnline(SERVICES_IN_PROGRESS).applicationNumber())));
    districtApproves(noticeEnds(streetApproves(intake.submitOnline(UP_FOR_REQUALIFICATION).applicationNumber())));
    runtimeService.startProcessInstanceByKey("special-family-requalification");
  }

  private String streetApproves(String number) {
    complete(number, Map.of("streetDecision", "approve"));
    return number;
  }

  private String noticeEnds(String number) {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers().singleResult()
        .getId());
    return number;
  }

  private void districtApproves(String number) {
    complete(number, Map.of("districtDecision", "approve"));
  }

  private void complete(String number, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        variables);
  }

  private static SpecialFamilyApplication bereaved(String mother, String motherId, String father, String fatherId,
      String division, List<String> services) {
    return new SpecialFamilyApplication(mother, motherId, "1394510" + motherId.substring(14), division, "URBAN",
        List.of(new SpecialFamilyApplication.ParentEntry(mother, motherId, "NONE"),
            new SpecialFamilyApplication.ParentEntry(father, fatherId, "PARTIAL")),
        List.of(new SpecialFamilyApplication.ChildEntry("（已故独生子女）", null, LocalDate.of(1988, 8, 8), "MALE", false,
            null, false)),
        services, "中国工商银行哈尔滨分行", "62220201000" + motherId.substring(10, 18).replace("X", "0"));
  }
}
