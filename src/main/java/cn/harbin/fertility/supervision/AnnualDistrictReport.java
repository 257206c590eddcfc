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

  /**
   * Every figure is read once for the whole city and once per division (grouped by division in the database), then
   * laid out a sheet per division: ten queries, whatever the number of divisions.
   */
  public byte[] xlsx(int year) {
    SupervisionFilter wholeYear = new SupervisionFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null);
    List<SupervisionFigures.Paid> paid = figures.paid(wholeYear);
    Figures city = new Figures(figures.received(wholeYear, false), figures.beneficiaries(wholeYear, false), paid,
        figures.caseTimesPerType(wholeYear), figures.overdue(wholeYear, false));
    Figures perDivision = new Figures(figures.received(wholeYear, true), figures.beneficiaries(wholeYear, true), paid,
        figures.caseTimes(wholeYear), figures.overdue(wholeYear, true));
    List<TableExports.Sheet> sheets = new ArrayList<>();
    sheets.add(new TableExports.Sheet("全市汇总", tables(year, city)));
    for (HarbinDivision division : HarbinDivision.values()) {
      sheets.add(new TableExports.Sheet(division.nameZh() + " " + division.code(),
          tables(year, perDivision.of(division.code()))));
    }
    return TableExports.xlsx(sheets);
  }

  /** The figures of one sheet. */
  private record Figures(List<SupervisionFigures.Received> received, List<SupervisionFigures.Beneficiaries> people,
      List<SupervisionFigures.Paid> paid, List<SupervisionFigures.CaseTime> handling,
      List<SupervisionFigures.Overdue> overdue) {

    Figures of(String division) {
      return new Figures(
          received.stream().filter(row -> division.equals(row.divisionCode())).toList(),
          people.stream().filter(row -> division.equals(row.divisionCode())).toList(),
          paid.stream().filter(row -> division.equals(row.divisionCode())).toList(),
          handling.stream().filter(row -> division.equals(row.divisionCode())).toList(),
          overdue.stream().filter(row -> division.equals(row.divisionCode())).toList());
    }
  }

  private static List<Table> tables(int year, Figures figures) {
    Map<String, BigDecimal> paidPerScheme = new TreeMap<>();
    Map<String, Long> paymentsPerScheme = new TreeMap<>();
    figures.paid().forEach(paid -> {
      paidPerScheme.merge(paid.scheme(), paid.amount(), BigDecimal::add);
      paymentsPerScheme.merge(paid.scheme(), paid.payments(), Long::sum);
    });
    return List.of(
        new Table("received", year + "年受理的申请（按事项和目前状态）", List.of("事项", "状态", "件数"),
            figures.received().stream().map(received -> row(DashboardTables.caseType(received.caseType()),
                DashboardTables.STATUSES.getOrDefault(received.status(), received.status()), received.cases())).toList()),
        new Table("beneficiaries", year + "年享受待遇人数", List.of("待遇", "人数"),
            figures.people().stream().map(people -> row(
                DashboardTables.SCHEMES.getOrDefault(people.scheme(), people.scheme()), people.people())).toList()),
        new Table("paid", year + "年实发金额（按发放批次月份）", List.of("待遇", "笔数", "金额（元）"),
            paidPerScheme.keySet().stream().map(scheme -> row(DashboardTables.SCHEMES.getOrDefault(scheme, scheme),
                paymentsPerScheme.get(scheme), DashboardTables.money(paidPerScheme.get(scheme)))).toList()),
        new Table("handling", year + "年办结申请的办理时长（受理到办结，天）", List.of("事项", "办结件数", "中位数", "90%分位"),
            figures.handling().stream().map(time -> row(DashboardTables.caseType(time.caseType()),
                time.decided(), DashboardTables.days(time.median()), DashboardTables.days(time.p90()))).toList()),
        new Table("overdue", year + "年创建的逾期任务", List.of("事项", "逾期任务数"),
            figures.overdue().stream().map(overdue -> row(DashboardTables.caseType(overdue.caseType()),
                overdue.tasks())).toList()));
  }

  private static Table.Row row(Object... cells) {
    return new Table.Row(List.of(cells), null);
  }
}
