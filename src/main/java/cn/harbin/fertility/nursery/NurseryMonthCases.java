package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a nursery's month: a case of its contact person under a number of its own, the month awaited from the
 * nursery, and a message saying by when. One case per nursery and month.
 */
@Service
public class NurseryMonthCases {

  public static final String PROCESS_KEY = "nursery-operating-subsidy";
  static final String NUMBER_PREFIX = "TB";

  private final CaseIntake intake;
  private final Nurseries nurseries;
  private final NurseryReports reports;
  private final Notifications notifications;

  public NurseryMonthCases(CaseIntake intake, Nurseries nurseries, NurseryReports reports,
      Notifications notifications) {
    this.intake = intake;
    this.nurseries = nurseries;
    this.reports = reports;
    this.notifications = notifications;
  }

  /** @return the case's number */
  @Transactional
  public String open(String creditCode, YearMonth month, NurseryOperatingSubsidyRules rules) {
    Nurseries.Nursery nursery = nurseries.find(creditCode).orElseThrow();
    String number = intake.register(new CaseIntake.NewCase(PROCESS_KEY, NUMBER_PREFIX,
            List.of(PROCESS_KEY + ":" + creditCode + ":" + month), Map.of("creditCode", creditCode, "month", month),
            nursery.contactIdNumber(), nursery.contactName(), nursery.divisionCode()),
        ApplicationRecord.Channel.ONLINE, () -> new ConflictException("该机构本月名单已在办理",
            "This nursery's month is open already"));
    reports.open(number, creditCode, month);
    LocalDate due = rules.reportDue(month);
    notifications.send(number, "请于" + due + "前在群众服务门户报送“" + nursery.name() + "”" + month + "在托儿童名单（编号 "
            + number + "），" + rules.lastReportDay(month) + "后未报送的，该月不计算运营补贴。",
        "Report " + nursery.name() + "'s children of " + month + " in the portal by " + due + " (" + number
            + "); a month not reported by " + rules.lastReportDay(month) + " is not paid.");
    return number;
  }
}
