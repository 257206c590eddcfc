package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseOutcomes;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.ChildCheck;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.Finding;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.MonthCheck;
import cn.harbin.fertility.policy.NurserySubsidyParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of a nursery's month ({@code nursery-operating-subsidy}): open it, remind the nursery, lose it when not
 * reported in time, check what was reported, and record the district's decision: the children that count, the
 * amount at the rate in force, and that amount as a period of the nursery's entitlement, paid with the year's others.
 */
@Component("nurseryMonth")
public class NurseryMonth {

  private final NurseryMonthCases cases;
  private final NurseryMonthChecks checks;
  private final NurseryReports reports;
  private final Nurseries nurseries;
  private final Entitlements entitlements;
  private final CaseOutcomes outcomes;
  private final Notifications notifications;
  private final PolicyParameterSource parameters;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public NurseryMonth(NurseryMonthCases cases, NurseryMonthChecks checks, NurseryReports reports, Nurseries nurseries,
      Entitlements entitlements, CaseOutcomes outcomes, Notifications notifications, PolicyParameterSource parameters,
      RuntimeService runtimeService, Clock clock) {
    this.cases = cases;
    this.checks = checks;
    this.reports = reports;
    this.nurseries = nurseries;
    this.entitlements = entitlements;
    this.outcomes = outcomes;
    this.notifications = notifications;
    this.parameters = parameters;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Task_OpenMonth: the case, its number, and when the nursery is reminded and the month lost. */
  public void open(DelegateExecution execution) {
    String creditCode = (String) execution.getVariable("creditCode");
    YearMonth month = YearMonth.parse((String) execution.getVariable("reportMonth"));
    NurseryOperatingSubsidyRules rules = checks.rules();
    String number = cases.open(creditCode, month, rules);
    Nurseries.Nursery nursery = nurseries.find(creditCode).orElseThrow();
    execution.setProcessBusinessKey(number);
    execution.setVariable("applicationNumber", number);
    execution.setVariable("nurseryName", nursery.name());
    execution.setVariable("divisionCode", nursery.divisionCode());
    execution.setVariable("reportReminderAt", at(rules.reportDue(month).plusDays(1), LocalTime.of(9, 0)));
    execution.setVariable("reportDeadlineAt", at(rules.lastReportDay(month), LocalTime.of(23, 59, 59)));
    execution.setVariable("reportReviewDue", "P" + NurserySubsidyParameters.from(parameters)
        .reportReviewDueWorkingDays().requireValueOn(LocalDate.now(clock)) + "WD");
  }

  /** Timer_ReportReminder: the report is overdue, the month not yet lost. */
  public void remind(DelegateExecution execution) {
    YearMonth month = YearMonth.parse((String) execution.getVariable("reportMonth"));
    LocalDate last = checks.rules().lastReportDay(month);
    notifications.send(number(execution), "“" + execution.getVariable("nurseryName") + "”" + month
            + "在托儿童名单尚未报送，请于" + last + "前在群众服务门户报送，逾期该月不计算运营补贴。",
        "The children of " + month + " are not reported yet; report them in the portal by " + last
            + ", or the month is not paid.");
  }

  /** Timer_ReportDeadline: not reported in time. */
  public void lose(DelegateExecution execution) {
    reports.close(number(execution), NurseryReports.Status.LOST);
    outcomes.decide(number(execution), ApplicationRecord.Status.CLOSED,
        execution.getVariable("reportMonth") + "在托儿童名单逾期未报送，该月不计算运营补贴（§3.3.2）",
        "The month was not reported in time and is not paid");
  }

  /**
   * Task_CheckReport: what the district has to decide, shown in its review form; the reviews of the other nurseries
   * that reported one of these children this month are told too.
   */
  public void check(DelegateExecution execution) {
    String number = number(execution);
    execution.setVariable("childrenReported", reports.children(number).size());
    execution.setVariable("reviewSummary", review(number));
    reviewOthersAgain(number);
  }

  /** The other nurseries' reviews naming one of this report's children see what is known now. */
  private void reviewOthersAgain(String number) {
    for (String other : reports.othersReportingTheSameChildren(number)) {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(other).active().list()
          .forEach(process -> runtimeService.setVariable(process.getId(), "reviewSummary", review(other)));
    }
  }

  /** Checks the month now, records what was found, and says it as the review form shows it. */
  private String review(String number) {
    MonthCheck check = checks.check(number);
    Map<Integer, EnrolledChild> children = reports.children(number).stream()
        .collect(Collectors.toMap(row -> row.child().line(), NurseryReports.ReportedChildRow::child));
    StringBuilder findings = new StringBuilder();
    for (ChildCheck child : check.children()) {
      reports.recordFindings(number, child.line(), child.findings());
      if (!child.findings().isEmpty()) {
        EnrolledChild reported = children.get(child.line());
        findings.append("- 第").append(child.line()).append("行 ").append(reported.name()).append("（")
            .append(IdentityNumber.parse(reported.idNumber()).orElseThrow().masked()).append("）：")
            .append(child.findings().stream().map(Finding::messageZh)
                .collect(Collectors.joining("；")))
            .append(child.flagged() ? "（可确认计入）" : "").append('\n');
      }
    }
    return "报送" + check.children().size() + "名儿童，其中" + check.counted(Set.of()) + "名核查无误，按每生每月"
        + check.rate().toPlainString() + "元计" + check.amount(Set.of()).toPlainString() + "元。"
        + (findings.isEmpty() ? "" : "\n\n需核实或不计入的儿童：\n" + findings);
  }

  /**
   * After Task_DistrictReview, accepted: each child counts once city-wide; the amount joins the nursery's
   * entitlement. The nursery's row is locked first, so that two of its months accepted at once add to one
   * entitlement.
   */
  public void accept(DelegateExecution execution) {
    String number = number(execution);
    Set<Integer> confirmed = confirmedLines(execution.getVariable("confirmedLines"));
    Nurseries.Nursery nursery = nurseries.lock(reports.find(number).orElseThrow().creditCode());
    MonthCheck check = checks.check(number);
    Map<Integer, String> idNumbers = reports.children(number).stream()
        .collect(Collectors.toMap(row -> row.child().line(), row -> row.child().idNumber()));
    int counted = 0;
    for (ChildCheck child : check.children()) {
      List<Finding> findings = new ArrayList<>(child.findings());
      boolean counts = child.counts(confirmed.contains(child.line()));
      if (counts && !reports.count(number, idNumbers.get(child.line()), check.month())) {
        counts = false;
        findings.add(Finding.COUNTED_ELSEWHERE);
      }
      reports.recordFindings(number, child.line(), findings);
      reports.recordCounted(number, child.line(), counts);
      counted += counts ? 1 : 0;
    }
    BigDecimal amount = check.amountFor(counted);
    reports.accept(number, counted, amount);
    if (counted > 0) {
      entitlements.addPeriod(new Entitlements.OpenEnded(nursery.applicationNumber(),
              NurserySubsidyParameters.SCHEME, NurserySubsidyParameters.CLAUSE, nursery.creditCode(), nursery.name(),
              nursery.bankName(), nursery.bankAccount(), nursery.divisionCode(), Entitlements.Frequency.MONTHLY, null,
              null, check.month(), Map.of("monthlyRate", check.rate().toPlainString() + " (" + NurserySubsidyParameters.CLAUSE
                  + ")")),
          check.month(), amount, clock.instant());
    }
    outcomes.decide(number, ApplicationRecord.Status.GRANTED, check.month() + "核定" + counted + "名儿童，按每生每月"
            + check.rate().toPlainString() + "元计" + amount.toPlainString() + "元，按年发放（§3.3.2）",
        counted + " children of " + check.month() + " count: " + amount.toPlainString() + " CNY, paid once a year");
  }

  /** After Task_DistrictReview, rejected as a whole. */
  public void reject(DelegateExecution execution) {
    Object note = execution.getVariable("reviewNote");
    String reason = note == null || note.toString().isBlank() ? "经办部门未说明理由" : note.toString().strip();
    reports.close(number(execution), NurseryReports.Status.REJECTED);
    reviewOthersAgain(number(execution));
    outcomes.decide(number(execution), ApplicationRecord.Status.REJECTED, execution.getVariable("reportMonth")
        + "名单不予核定：" + reason, "The month is not accepted; the bureau's reason in Chinese: " + reason);
  }

  /** The lines the district confirmed, as typed in its form: {@code 3, 7} (Chinese commas and spaces too). */
  private static Set<Integer> confirmedLines(Object typed) {
    String lines = typed == null ? "" : typed.toString().strip();
    if (lines.isEmpty()) {
      return Set.of();
    }
    if (!lines.matches("[0-9]{1,4}([\\s,，、]+[0-9]{1,4})*")) {
      throw new InvalidRequestException(List.of(new FieldError("confirmedLines", "确认计入的行号应为数字，多个用逗号分隔，如 3,7",
          "The confirmed lines must be numbers separated by commas, like 3,7")));
    }
    return Arrays.stream(lines.split("[\\s,，、]+")).map(Integer::valueOf).collect(Collectors.toSet());
  }

  private static String number(DelegateExecution execution) {
    return (String) execution.getVariable("applicationNumber");
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(TimeConfiguration.HARBIN).toInstant());
  }
}
