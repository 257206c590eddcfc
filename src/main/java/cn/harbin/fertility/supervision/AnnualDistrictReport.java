package cn.harbin.fertility.supervision;

import cn.harbin.fertility.bureaus.HarbinDivision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The yearly report every district owes the city before 15 October (§4.3): per division and for the whole city,
 * applications per case type and where they stand, beneficiaries, amounts paid per scheme, median and 90th
 * percentile of handling time, and overdue tasks. One XLSX: a city summary, then a sheet per division.
 */
@Component
public class AnnualDistrictReport {

  private final SupervisionFigures figures;

  public AnnualDistrictReport(SupervisionFigures figures) {
    this.figures = figures;
  }

  public byte[] xlsx(int year) {
    List<TableExports.Sheet> sheets = new ArrayList<>();
    sheets.add(new TableExports.Sheet("全市汇总", tables(year, null)));
    for (HarbinDivision division : HarbinDivision.values()) {
      sheets.add(new TableExports.Sheet(division.nameZh() + " " + division.code(), tables(year, division.code())));
    }
    return TableExports.xlsx(sheets);
  }

  /** The tables of one sheet: the whole city when {@code division} is null. */
  List<Table> tables(int year, String division) {
    SupervisionFilter filter = new SupervisionFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null,
        division);
    Map<String, BigDecimal> paidPerScheme = new TreeMap<>();
    Map<String, Long> paymentsPerScheme = new TreeMap<>();
    figures.paid(filter).forEach(paid -> {
      paidPerScheme.merge(paid.scheme(), paid.amount(), BigDecimal::add);
      paymentsPerScheme.merge(paid.scheme(), paid.payments(), Long::sum);
    });
    return List.of(
        new Table("received", year + "年受理的申请（按事项和目前状态）", List.of("事项", "状态", "件数"),
            figures.received(filter).stream().map(received -> row(DashboardTables.caseType(received.caseType()),
                DashboardTables.STATUSES.getOrDefault(received.status(), received.status()), received.cases())).toList()),
        new Table("beneficiaries", year + "年享受待遇人数", List.of("待遇", "人数"),
            figures.beneficiaries(filter).stream().map(people -> row(
                DashboardTables.SCHEMES.getOrDefault(people.scheme(), people.scheme()), people.people())).toList()),
        new Table("paid", year + "年实发金额（按发放批次月份）", List.of("待遇", "笔数", "金额（元）"),
            paidPerScheme.keySet().stream().map(scheme -> row(DashboardTables.SCHEMES.getOrDefault(scheme, scheme),
                paymentsPerScheme.get(scheme), DashboardTables.money(paidPerScheme.get(scheme)))).toList()),
        new Table("handling", year + "年办结申请的办理时长（受理到办结，天）", List.of("事项", "办结件数", "中位数", "90%分位"),
            figures.caseTimesPerType(filter).stream().map(time -> row(DashboardTables.caseType(time.caseType()),
                time.decided(), DashboardTables.days(time.median()), DashboardTables.days(time.p90()))).toList()),
        new Table("overdue", year + "年创建的逾期任务", List.of("事项", "逾期任务数"),
            figures.overdue(filter).stream().map(overdue -> row(DashboardTables.caseType(overdue.caseType()),
                overdue.tasks())).toList()));
  }

  private static Table.Row row(Object... cells) {
    return new Table.Row(List.of(cells), null);
  }
}
