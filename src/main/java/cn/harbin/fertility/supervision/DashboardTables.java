package cn.harbin.fertility.supervision;

import cn.harbin.fertility.bureaus.Bureau;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.TimeConfiguration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's figures as tables in Chinese, each row linking to the cases behind it; the same tables are
 * downloaded as CSV and XLSX. Durations are shown in days with one decimal.
 */
@Component
public class DashboardTables {

  public static final Map<String, String> CASE_TYPES = Map.ofEntries(
      Map.entry("childcare-subsidy", "育儿补贴"),
      Map.entry("special-family-assistance", "计划生育家庭扶助"),
      Map.entry("marriage-birth-one-stop", "婚育一站式服务"),
      Map.entry("birth-one-thing", "新生儿出生一件事"),
      Map.entry("national-childcare-subsidy", "出生一件事·国家育儿补贴"),
      Map.entry("home-purchase-subsidy", "出生一件事·购房补贴"),
      Map.entry("newborn-medical-insurance", "出生一件事·新生儿参保"),
      Map.entry("provident-fund-loan", "出生一件事·公积金贷款"),
      Map.entry("public-rental-housing", "出生一件事·公租房优先"),
      Map.entry("nursery-recognition", "普惠托育机构认定"),
      Map.entry("nursery-operating-subsidy", "普惠托育月度名单"),
      Map.entry("special-family-requalification", "年度资格确认"),
      Map.entry("childcare-subsidy-disbursement", "待遇按月发放"),
      Map.entry("district-report-reminder", "区县年度报告提醒"));
  public static final Map<String, String> STATUSES = Map.of("RECEIVED", "办理中", "GRANTED", "准予", "REJECTED", "不予批准",
      "WITHDRAWN", "撤回", "CLOSED", "逾期未补正终止");
  public static final Map<String, String> SCHEMES = Map.of("childcare-subsidy", "育儿补贴", "special-assistance", "特别扶助",
      "reward-assistance", "奖励扶助", "nursing-subsidy", "护理补贴", "national-childcare-subsidy", "国家育儿补贴",
      "home-purchase-subsidy", "购房补贴", "nursery-operating-subsidy", "普惠托育运营补贴");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  /** The tables in the order the dashboard shows them. */
  public static final List<String> IDS = List.of("backlog", "flow", "step-times", "case-times", "outcomes",
      "live-entitlements", "committed", "paid", "nurseries");

  private final SupervisionFigures figures;
  private final Clock clock;

  public DashboardTables(SupervisionFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  public Map<String, Table> all(SupervisionFilter filter) {
    Map<String, Table> tables = new LinkedHashMap<>();
    IDS.forEach(id -> tables.put(id, table(id, filter)));
    return tables;
  }

  public Table table(String id, SupervisionFilter filter) {
    switch (id) {
      case "backlog":
        return new Table(id, "积压：各部门、各区县待办任务（当前）",
            List.of("部门", "区县", "待办", "其中逾期", "最早一件已等待（天）", "已记录的逾期升级"),
            rows(figures.backlog(filter), backlog -> List.of(bureau(backlog.groupId()), division(backlog.divisionCode()),
                backlog.open(), backlog.overdue(), days(Duration.between(backlog.oldestSince(), clock.instant()).toSeconds()),
                backlog.escalations()), backlog -> cases(filter).queryParam("openAt", backlog.groupId())
                .replaceQueryParam("division", backlog.divisionCode())));
      case "flow":
        return new Table(id, "流量：每周受理和办结的申请（近12周）", List.of("周（周一）", "受理", "办结"),
            rows(figures.flow(filter), week -> List.of(week.monday().toString(), week.started(), week.finished()),
                week -> cases(filter).replaceQueryParam("from", week.monday())
                    .replaceQueryParam("to", week.monday().plusDays(6))));
      case "step-times":
        return new Table(id, "时长：各环节办理时长（区间内办结的任务，天）",
            List.of("事项", "环节", "区县", "办结任务数", "创建到完成中位数", "创建到完成90%分位", "认领到完成中位数",
                "认领到完成90%分位"),
            rows(figures.stepTimes(filter), step -> List.of(caseType(step.caseType()), step.taskName(),
                division(step.divisionCode()), step.completed(), days(step.createToCompleteMedian()),
                days(step.createToComplete90()), days(step.claimToCompleteMedian()), days(step.claimToComplete90())),
                step -> cases(filter).replaceQueryParam("caseType", step.caseType())
                    .replaceQueryParam("division", step.divisionCode()).queryParam("decided", true)));
      case "case-times":
        return new Table(id, "时长：整件办理时长（受理到办结，区间内办结，天）",
            List.of("事项", "区县", "办结件数", "中位数", "90%分位"),
            rows(figures.caseTimes(filter), time -> List.of(caseType(time.caseType()), division(time.divisionCode()),
                time.decided(), days(time.median()), days(time.p90())),
                time -> cases(filter).replaceQueryParam("caseType", time.caseType())
                    .replaceQueryParam("division", time.divisionCode()).queryParam("decided", true)));
      case "outcomes":
        return new Table(id, "结果：区间内办结的申请", List.of("事项", "结果", "不予批准的理由", "件数"),
            rows(figures.outcomes(filter), outcome -> List.of(caseType(outcome.caseType()),
                STATUSES.getOrDefault(outcome.status(), outcome.status()),
                outcome.reason() == null ? "" : outcome.reason(), outcome.cases()),
                outcome -> cases(filter).replaceQueryParam("caseType", outcome.caseType())
                    .queryParam("status", outcome.status()).queryParam("decided", true)));
      case "live-entitlements":
        return new Table(id, "资金：正在享受的待遇（当前）",
            List.of("待遇", "区县", "人次", "每期应发（元）", "待市里公布标准"),
            rows(figures.liveEntitlements(filter), live -> List.of(SCHEMES.getOrDefault(live.scheme(), live.scheme()),
                division(live.divisionCode()), live.live(), money(live.perPeriod()), live.awaitingStandard()),
                live -> cases(filter).replaceQueryParam("division", live.divisionCode())
                    .queryParam("scheme", live.scheme())));
      case "committed":
        return new Table(id, "资金：各月应发（区间内各月）", List.of("月份", "待遇", "应发（元）"),
            rows(figures.committed(filter), committed -> List.of(committed.period(),
                SCHEMES.getOrDefault(committed.scheme(), committed.scheme()), money(committed.amount())),
                committed -> cases(filter).queryParam("scheme", committed.scheme())
                    .queryParam("period", committed.period()).queryParam("owed", true)));
      case "paid":
        return new Table(id, "资金：各月实发和发放失败（区间内各月的发放批次）",
            List.of("月份", "区县", "待遇", "已发笔数", "已发（元）", "失败笔数", "失败（元）"),
            rows(figures.paid(filter), paid -> List.of(paid.period(), division(paid.divisionCode()),
                SCHEMES.getOrDefault(paid.scheme(), paid.scheme()), paid.payments(), money(paid.amount()),
                paid.failed(), money(paid.failedAmount())),
                paid -> cases(filter).replaceQueryParam("division", paid.divisionCode())
                    .queryParam("scheme", paid.scheme()).queryParam("period", paid.period())));
      case "nurseries":
        return new Table(id, "普惠托育：各区县、各机构核定的儿童人月和金额（区间内各月，§3.3.2）",
            List.of("区县", "机构", "统一社会信用代码", "已核定月数", "待核定月数", "计入儿童人月", "核定金额（元）", "已发放（元）"),
            rows(figures.nurseries(filter), nursery -> List.of(division(nursery.divisionCode()), nursery.name(),
                nursery.creditCode(), nursery.acceptedMonths(), nursery.underReview(), nursery.childMonths(),
                money(nursery.accepted()), money(nursery.paid())),
                nursery -> cases(filter).replaceQueryParam("caseType", "nursery-operating-subsidy")
                    .replaceQueryParam("division", nursery.divisionCode())));
      default:
        throw new cn.harbin.fertility.common.NotFoundException("没有这张表：" + id, "No table " + id);
    }
  }

  private static <T> List<Table.Row> rows(List<T> figures, Function<T, List<Object>> cells,
      Function<T, UriComponentsBuilder> casesUrl) {
    return figures.stream().map(figure -> {
      UriComponentsBuilder url = casesUrl.apply(figure);
      return new Table.Row(cells.apply(figure), url == null ? null : url.build().encode().toUriString());
    }).toList();
  }

  private static UriComponentsBuilder cases(SupervisionFilter filter) {
    return filtered(UriComponentsBuilder.fromPath("/supervision/cases"), filter);
  }

  /** The filter's range, case type and division as query parameters (those set). */
  static UriComponentsBuilder filtered(UriComponentsBuilder url, SupervisionFilter filter) {
    url.queryParam("from", filter.from()).queryParam("to", filter.to());
    if (filter.caseType() != null) {
      url.queryParam("caseType", filter.caseType());
    }
    if (filter.division() != null) {
      url.queryParam("division", filter.division());
    }
    return url;
  }

  public static String caseType(String key) {
    return CASE_TYPES.getOrDefault(key, key);
  }

  public static String bureau(String groupId) {
    return groupId == null ? "（未指定）" : BureauDirectory.byGroupId(groupId).map(Bureau::nameZh).orElse(groupId);
  }

  public static String division(String code) {
    return code == null ? "" : HarbinDivision.ofCode(code).map(HarbinDivision::nameZh).orElse(code);
  }

  public static Object days(Number seconds) {
    return seconds == null ? "" : BigDecimal.valueOf(seconds.doubleValue() / 86_400).setScale(1, RoundingMode.HALF_UP);
  }

  public static Object money(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static String time(java.time.Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(TimeConfiguration.HARBIN));
  }
}
