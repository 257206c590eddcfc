package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseOutcomes;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.Recognition;
import cn.harbin.fertility.policy.NurserySubsidyParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the district health bureau's decisions on a nursery do (the service tasks of {@code nursery-recognition}):
 * the register and the case record follow each decision, and the contact person is told. A recognised nursery is
 * reviewed once a year, on the anniversary of its recognition, until the bureau withdraws the recognition.
 */
@Component("nurseryRecognition")
public class NurseryRecognition {

  private final Nurseries nurseries;
  private final NurseryReports reports;
  private final NurseryMonths months;
  private final NurseryMonthChecks checks;
  private final CaseOutcomes outcomes;
  private final PolicyParameterSource parameters;
  private final Clock clock;

  public NurseryRecognition(Nurseries nurseries, NurseryReports reports, NurseryMonths months,
      NurseryMonthChecks checks, CaseOutcomes outcomes, PolicyParameterSource parameters, Clock clock) {
    this.nurseries = nurseries;
    this.reports = reports;
    this.months = months;
    this.checks = checks;
    this.outcomes = outcomes;
    this.parameters = parameters;
    this.clock = clock;
  }

  public void recognise(DelegateExecution execution) {
    String creditCode = (String) execution.getVariable("creditCode");
    LocalDate filed = NurseryFiling.date(execution.getVariable("filingDate"), "filingDate", "备案日期", "The filing date");
    LocalDate from = requiredDate(execution, "recognisedFrom", "认定生效日期", "The recognition's first day");
    if (from.isBefore(filed)) {
      throw new InvalidRequestException(List.of(new FieldError("recognisedFrom", "认定生效日期不能早于备案日期 " + filed,
          "The recognition cannot start before the filing date " + filed)));
    }
    nurseries.recognise(creditCode, from);
    execution.setVariable("annualReviewDue", endOfDay(from.plusYears(1)));
    openMonthsStillToBeReported(creditCode, from);
    int dueDay = NurserySubsidyParameters.from(parameters).reportDueDay().requireValueOn(LocalDate.now(clock));
    outcomes.decide(number(execution), ApplicationRecord.Status.GRANTED,
        "自" + from + "起认定为普惠托育机构；请于每月" + dueDay + "日前在群众服务门户报送上月在托儿童名单",
        "Recognised as an inclusive nursery from " + from + "; report last month's children in the portal by day "
            + dueDay + " of every month");
  }

  /**
   * A recognition from a past day: the whole months it covers that may still be reported are opened now (the 1st
   * opens only last month, of nurseries recognised by then).
   */
  private void openMonthsStillToBeReported(String creditCode, LocalDate from) {
    NurseryOperatingSubsidyRules rules = checks.rules();
    LocalDate today = LocalDate.now(clock);
    for (YearMonth month = YearMonth.from(from); month.isBefore(YearMonth.from(today)); month = month.plusMonths(1)) {
      if (new Recognition(from, null).coversWholeMonth(month) && !today.isAfter(rules.lastReportDay(month))) {
        months.open(creditCode, month.toString());
      }
    }
  }

  public void refuse(DelegateExecution execution) {
    String reason = note(execution, "recognitionNote");
    nurseries.refuse((String) execution.getVariable("creditCode"), reason);
    outcomes.decide(number(execution), ApplicationRecord.Status.REJECTED, "不予认定为普惠托育机构：" + reason,
        "Not recognised as an inclusive nursery; the bureau's reason in Chinese: " + reason);
  }

  /** The bureau confirmed the recognition for another year. */
  public void renew(DelegateExecution execution) {
    LocalDate due = ((Date) execution.getVariable("annualReviewDue")).toInstant().atZone(TimeConfiguration.HARBIN)
        .toLocalDate();
    execution.setVariable("annualReviewDue", endOfDay(due.plusYears(1)));
  }

  /**
   * Withdrawn from a day after the recognition's first, and after the last month already accepted: what was paid
   * for stays paid.
   */
  public void withdraw(DelegateExecution execution) {
    LocalDate from = requiredDate(execution, "withdrawnFrom", "撤销生效日期", "The withdrawal's first day");
    String creditCode = (String) execution.getVariable("creditCode");
    LocalDate recognised = nurseries.find(creditCode).orElseThrow().recognisedFrom();
    if (!from.isAfter(recognised)) {
      throw new InvalidRequestException(List.of(new FieldError("withdrawnFrom", "撤销生效日期应晚于认定生效日期 " + recognised,
          "The withdrawal must start after the recognition's first day " + recognised)));
    }
    Optional<YearMonth> accepted = reports.lastAcceptedMonth(creditCode);
    if (accepted.isPresent() && !from.isAfter(accepted.get().atEndOfMonth())) {
      throw new InvalidRequestException(List.of(new FieldError("withdrawnFrom", "撤销生效日期应晚于已核定的最后一个月份 "
          + accepted.get(), "The withdrawal must start after the last accepted month " + accepted.get())));
    }
    String reason = note(execution, "withdrawalNote");
    nurseries.withdraw(creditCode, from, reason);
    months.closeWithdrawn(creditCode, from);
    outcomes.decide(number(execution), ApplicationRecord.Status.CLOSED,
        "自" + from + "起撤销普惠托育机构认定：" + reason + "；此前已报送的月份照常核定",
        "The inclusive recognition is withdrawn from " + from + "; months reported before are decided as usual");
  }

  private static String number(DelegateExecution execution) {
    return (String) execution.getVariable("applicationNumber");
  }

  private static LocalDate requiredDate(DelegateExecution execution, String field, String labelZh, String labelEn) {
    LocalDate date = NurseryFiling.date(execution.getVariable(field), field, labelZh, labelEn);
    if (date == null) {
      throw new InvalidRequestException(List.of(new FieldError(field, "请填写" + labelZh, labelEn + " is required")));
    }
    return date;
  }

  private static String note(DelegateExecution execution, String field) {
    Object note = execution.getVariable(field);
    return note == null || note.toString().isBlank() ? "经办部门未说明理由" : note.toString().strip();
  }

  private static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(TimeConfiguration.HARBIN).toInstant());
  }
}
