package cn.harbin.fertility.common;

import cn.harbin.fertility.notifications.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How every case ends for its applicant, and what it tells them on the way. The end events of every case process
 * call {@code ${caseOutcomes.record(execution, 'GRANTED')}} (or REJECTED, CLOSED, WITHDRAWN): the outcome and its
 * reason go on record, the applicant gets a message, and a case that ends without a grant frees its subjects for a
 * new claim. {@code ${caseOutcomes.materialRequested(execution)}} tells the applicant what is missing and by when.
 */
@Component("caseOutcomes")
public class CaseOutcomes {

  /** The case types as the applicant reads their names. */
  private static final Map<String, String[]> NAMES = Map.of(
      "childcare-subsidy", new String[] {"育儿补贴", "childcare subsidy"},
      "special-family-assistance", new String[] {"计划生育家庭扶助", "family-planning assistance"},
      "marriage-birth-one-stop", new String[] {"婚育一站式服务", "one-stop marriage and birth service"},
      "birth-one-thing", new String[] {"新生儿出生“一件事”", "after-birth"},
      "nursery-recognition", new String[] {"普惠托育机构认定", "inclusive nursery recognition"},
      "nursery-operating-subsidy", new String[] {"普惠托育机构月度名单", "nursery's month"});

  private final ApplicationRecords records;
  private final Notifications notifications;
  private final Clock clock;

  public CaseOutcomes(ApplicationRecords records, Notifications notifications, Clock clock) {
    this.records = records;
    this.notifications = notifications;
    this.clock = clock;
  }

  public void record(DelegateExecution execution, String outcome) {
    ApplicationRecord.Status status = ApplicationRecord.Status.valueOf(outcome);
    String reasonZh;
    String reasonEn;
    switch (status) {
      case GRANTED -> {
        reasonZh = "准予：" + execution.getVariable("entitlementSummary");
        reasonEn = "Granted";
      }
      case REJECTED -> {
        reasonZh = (String) execution.getVariable("rejectionReasonZh");
        Object english = execution.getVariable("rejectionReasonEn");
        reasonEn = english != null ? english.toString()
            : "Not approved; the reviewing bureau gave its reason in Chinese: " + reasonZh;
      }
      case CLOSED -> {
        reasonZh = "未在期限内补正材料（" + execution.getVariable("missingMaterial") + "），申请已终止";
        reasonEn = "The requested material was not supplied in time; the application is closed";
      }
      case WITHDRAWN -> {
        reasonZh = "申请人已撤回申请";
        reasonEn = "Withdrawn by the applicant";
      }
      default -> throw new IllegalArgumentException("not an outcome: " + outcome);
    }
    decide((String) execution.getVariable("applicationNumber"), status, reasonZh, reasonEn);
  }

  public void materialRequested(DelegateExecution execution) {
    LocalDate due = LocalDate.now(clock).plusDays(((Number) execution.getVariable("materialDueDays")).intValue());
    Object missing = execution.getVariable("missingMaterial");
    notifications.send((String) execution.getVariable("applicationNumber"),
        "请于" + due + "前补正以下材料：" + missing + "。逾期未补正的，申请将终止办理。",
        "Please supply by " + due + ": " + missing + ". Otherwise the application will be closed.");
  }

  @Transactional
  public void decide(String applicationNumber, ApplicationRecord.Status outcome, String reasonZh, String reasonEn) {
    ApplicationRecord before = records.decide(applicationNumber, outcome, reasonZh, reasonEn, clock.instant());
    if (outcome != ApplicationRecord.Status.GRANTED) {
      records.releaseClaims(applicationNumber);
    }
    String[] name = NAMES.get(before.caseType());
    notifications.send(applicationNumber, "您的" + name[0] + "申请 " + applicationNumber + " 已办结：" + reasonZh,
        "Your " + name[1] + " application " + applicationNumber + " is decided: " + reasonEn);
  }
}
