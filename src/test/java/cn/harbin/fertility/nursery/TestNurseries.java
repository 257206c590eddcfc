package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Nurseries for tests: filed and recognised through {@code nursery-recognition}, months opened as the 1st opens them. */
@Component
public class TestNurseries {

  /** A nursery and its contact person, who signs in with this identity number and phone. */
  public record TestNursery(String creditCode, String divisionCode, String contactIdNumber, String contactPhone) {}

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final NurseryMonths months;
  private final NurseryReports reports;

  public TestNurseries(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
      NurseryMonths months, NurseryReports reports) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.months = months;
    this.reports = reports;
  }

  public static String newCreditCode(String division) {
    return UnifiedSocialCreditCode.of("52" + division + "MJ" + String.format("%07d",
        ThreadLocalRandom.current().nextInt(10_000_000))).value();
  }

  public static NurseryFiling filing(String creditCode, String division, LocalDate filed, String contactId,
      String phone) {
    return new NurseryFiling("小太阳托育中心" + creditCode.substring(12, 16), creditCode, division,
        "TY" + creditCode.substring(10), filed, "周红", contactId, phone, "哈尔滨银行道里支行", "6230912345678901");
  }

  public static String newPhone() {
    return "138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /** Filed and recognised by the division's health bureau from the given day. */
  public TestNursery recognised(String division, LocalDate from) {
    String code = newCreditCode(division);
    String contact = IdentityNumber.of(division, LocalDate.of(1985, 4, 4),
        ThreadLocalRandom.current().nextInt(1, 999)).value();
    String phone = newPhone();
    identityService.setAuthentication("admin", List.of("camunda-admin"));
    try {
      String instance = runtimeService.startProcessInstanceByKey("nursery-recognition",
          filing(code, division, from.minusDays(10), contact, phone).toVariables()).getId();
      taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
          Map.of("recognitionDecision", "RECOGNISED", "recognisedFrom", from.toString()));
    } finally {
      identityService.clearAuthentication();
    }
    return new TestNursery(code, division, contact, phone);
  }

  /** Opens the month for every nursery due, as the 1st does, and returns this nursery's. */
  public NurseryReports.Report openMonth(TestNursery nursery, YearMonth month) {
    months.openAll(month);
    return reports.find(nursery.creditCode(), month).orElseThrow();
  }
}
