package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.UnifiedSocialCreditCode;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.population.PopulationRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: three inclusive nurseries, dated relative to the demo's first start (month M is the current month).
 * 道里区小太阳 and 南岗区启航, recognised from the 1st of M-6, had months M-6 to M-3 accepted, and both reported the
 * same child for M-2, which waits at both districts. 道里区彩虹, recognised from the same day, lost its recognition
 * from the 16th of M-3 (mid-year): M-6 to M-4 accepted, nothing after. While last month can still be reported (to the
 * 25th), it awaits the two recognised nurseries' lists in the portal.
 */
@Component
@Profile("demo")
public class NurseryDemoCases {

  static final String SUNSHINE = UnifiedSocialCreditCode.of("52230102MJY000011").value();
  static final String SETTING_SAIL = UnifiedSocialCreditCode.of("52230103MJY000022").value();
  static final String RAINBOW = UnifiedSocialCreditCode.of("52230102MJY000033").value();
  static final String SUNSHINE_CONTACT = IdentityNumber.of("230102", LocalDate.of(1985, 4, 4), 321).value();
  static final String SETTING_SAIL_CONTACT = IdentityNumber.of("230103", LocalDate.of(1987, 8, 8), 542).value();
  static final String RAINBOW_CONTACT = IdentityNumber.of("230102", LocalDate.of(1983, 2, 2), 764).value();
  private static final String DEMO_DISTRICT_CASEWORKER = "admin";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final NurseryMonths months;
  private final NurseryMonthChecks checks;
  private final NurseryReports reports;
  private final NurseryReportSubmissions submissions;
  private final Nurseries nurseries;
  private final JdbcPopulationRegistry registry;
  private final Clock clock;

  public NurseryDemoCases(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
      NurseryMonths months, NurseryMonthChecks checks, NurseryReports reports, NurseryReportSubmissions submissions,
      Nurseries nurseries, JdbcPopulationRegistry registry, Clock clock) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.months = months;
    this.checks = checks;
    this.reports = reports;
    this.submissions = submissions;
    this.nurseries = nurseries;
    this.registry = registry;
    this.clock = clock;
  }

  private record DemoNursery(String creditCode, String name, String division, String contactName, String contactId,
      String phone, String bankAccount) {}

  @EventListener(ApplicationStartedEvent.class)
  @Order(25)
  public void createOnce() {
    if (nurseries.find(SUNSHINE).isPresent()) {
      return;
    }
    YearMonth now = YearMonth.now(clock);
    LocalDate recognisedFrom = now.minusMonths(6).atDay(1);
    DemoNursery sunshine = new DemoNursery(SUNSHINE, "道里区小太阳普惠托育中心", "230102", "周红", SUNSHINE_CONTACT,
        "13600451021", "6230910012340001");
    DemoNursery settingSail = new DemoNursery(SETTING_SAIL, "南岗区启航托育园", "230103", "吴芳", SETTING_SAIL_CONTACT,
        "13600451022", "6230910012340002");
    DemoNursery rainbow = new DemoNursery(RAINBOW, "道里区彩虹托育之家", "230102", "郑丽", RAINBOW_CONTACT, "13600451023",
        "6230910012340003");
    String rainbowCase = null;
    for (DemoNursery nursery : List.of(sunshine, settingSail, rainbow)) {
      String number = recognise(nursery, recognisedFrom);
      rainbowCase = nursery == rainbow ? number : rainbowCase;
    }
    List<String> children = children(now);
    for (YearMonth month = now.minusMonths(6); month.isBefore(now.minusMonths(2)); month = month.plusMonths(1)) {
      months.openAll(month);
      acceptMonth(sunshine, month, children.subList(0, 3));
      acceptMonth(settingSail, month, children.subList(3, 6));
      if (month.isBefore(now.minusMonths(3))) {
        acceptMonth(rainbow, month, children.subList(6, 8));
      }
      if (month.equals(now.minusMonths(4))) {
        withdraw(rainbowCase, now.minusMonths(3).atDay(16));
      }
    }
    YearMonth twice = now.minusMonths(2);
    months.openAll(twice);
    report(sunshine, twice, List.of(children.get(0), children.get(1), children.get(8)));
    report(settingSail, twice, List.of(children.get(3), children.get(8)));
    if (!LocalDate.now(clock).isAfter(checks.rules().lastReportDay(now.minusMonths(1)))) {
      months.openAll(now.minusMonths(1));
    }
  }

  private String recognise(DemoNursery nursery, LocalDate from) {
    identityService.setAuthentication(DEMO_DISTRICT_CASEWORKER, List.of("camunda-admin"));
    try {
      String instance = runtimeService.startProcessInstanceByKey(NurseryRecognitionIntake.PROCESS_KEY,
          new NurseryFiling(nursery.name(), nursery.creditCode(), nursery.division(),
              "HRB-TY-" + nursery.creditCode().substring(10, 17), from.minusDays(20), nursery.contactName(),
              nursery.contactId(), nursery.phone(), "哈尔滨银行" + (nursery.division().equals("230102") ? "道里" : "南岗")
                  + "支行", nursery.bankAccount()).toVariables()).getId();
      taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
          Map.of("recognitionDecision", "RECOGNISED", "recognisedFrom", from.toString()));
      return runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void withdraw(String recognitionCase, LocalDate from) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(recognitionCase).singleResult()
        .getId(), Map.of("annualDecision", "WITHDRAW", "withdrawnFrom", from.toString(),
            "withdrawalNote", "收费超出普惠托育指导价"));
  }

  /** Nine toddlers of the demo city, known to the registry. */
  private List<String> children(YearMonth now) {
    List<PopulationRecord> records = new ArrayList<>();
    String[] names = {"陈乐乐", "林朵朵", "黄小宇", "何思思", "高嘉嘉", "罗天天", "梁可可", "宋安安", "唐一一"};
    for (int child = 0; child < names.length; child++) {
      LocalDate born = now.minusMonths(18 + child).atDay(10 + child);
      String division = child < 3 || child >= 6 ? "230102" : "230103";
      records.add(new PopulationRecord(IdentityNumber.of(division, born, 600 + child).value(), names[child], division,
          null, null, 1, born, "DEMO"));
    }
    registry.saveAll(records);
    return records.stream().map(PopulationRecord::idNumber).toList();
  }

  private void acceptMonth(DemoNursery nursery, YearMonth month, List<String> children) {
    report(nursery, month, children);
    String number = reports.find(nursery.creditCode(), month).orElseThrow().applicationNumber();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of("reportDecision", "ACCEPT"));
  }

  private void report(DemoNursery nursery, YearMonth month, List<String> children) {
    StringBuilder csv = new StringBuilder(String.join(",", EnrolmentCsv.HEADER)).append('\n');
    for (String child : children) {
      csv.append(child).append(',').append(registry.find(child).orElseThrow().name()).append(',')
          .append(month.atDay(1)).append(',').append(month.atEndOfMonth()).append('\n');
    }
    submissions.submit(nursery.contactId(), nursery.phone(), nursery.creditCode(), month, csv.toString());
  }
}
