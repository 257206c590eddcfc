package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operating subsidy of an inclusive nursery for one month (§3.3.2: "按照每生每月200元的标准发放运营补贴，按月计算、
 * 按年发放"): each child it reports counts once, at the rate in force on the month's first day, when
 * <ul>
 *   <li>the nursery was recognised as inclusive for the whole month;</li>
 *   <li>the child was under the age limit (3) on the month's first day;</li>
 *   <li>the population registry knows the child (§3.1.4), or the district confirmed the child by hand;</li>
 *   <li>no other nursery reported the child for that month, unless the district decided that it counts here; and
 *       no other nursery's month already counts the child (a month counts once per child, city-wide).</li>
 * </ul>
 * A child enrolled on any day of the month counts for the month: the plan pays per child and month, not per day.
 */
public final class NurseryOperatingSubsidyRules {

  /** Why a reported child does not count, or not yet; the district may overrule the soft ones. */
  public enum Finding {
    NOT_RECOGNISED_FOR_THE_WHOLE_MONTH(false, "机构本月未全月认定为普惠托育机构",
        "The nursery was not recognised as inclusive for the whole month"),
    AGE_LIMIT_REACHED(false, "本月1日已满3周岁", "The child was 3 or older on the month's first day"),
    UNKNOWN_TO_REGISTRY(true, "人口信息库中查无此儿童，需区卫健局核实", "The registry does not know the child; the district checks"),
    REPORTED_ELSEWHERE(true, "本月另有托育机构报送该儿童，需区卫健局确定", "Another nursery reported the child this month; the "
        + "district decides"),
    COUNTED_ELSEWHERE(false, "本月已在其他托育机构计入", "The child already counts at another nursery this month");

    private final boolean districtMayConfirm;
    private final String messageZh;
    private final String messageEn;

    Finding(boolean districtMayConfirm, String messageZh, String messageEn) {
      this.districtMayConfirm = districtMayConfirm;
      this.messageZh = messageZh;
      this.messageEn = messageEn;
    }

    public boolean districtMayConfirm() {
      return districtMayConfirm;
    }

    public String messageZh() {
      return messageZh;
    }

    public String messageEn() {
      return messageEn;
    }
  }

  /** What is known of the nursery's recognition: from a day, until a day or open. */
  public record Recognition(LocalDate from, LocalDate to) {

    public boolean coversWholeMonth(YearMonth month) {
      return from != null && !from.isAfter(month.atDay(1)) && (to == null || !to.isBefore(month.atEndOfMonth()));
    }
  }

  /**
   * One child of the report with what the registry and the other nurseries' reports say of it.
   *
   * @param line the child's line in the report
   */
  public record ReportedChild(int line, LocalDate birthDate, boolean knownToRegistry, boolean reportedElsewhere,
      boolean countedElsewhere) {}

  public record ChildCheck(int line, List<Finding> findings) {

    /** Counts as reported, or after the district confirmed what it may confirm. */
    public boolean counts(boolean confirmedByTheDistrict) {
      return findings.isEmpty()
          || confirmedByTheDistrict && findings.stream().allMatch(Finding::districtMayConfirm);
    }

    /** The district has something to decide. */
    public boolean flagged() {
      return !findings.isEmpty() && findings.stream().allMatch(Finding::districtMayConfirm);
    }
  }

  public record MonthCheck(YearMonth month, BigDecimal rate, List<ChildCheck> children) {

    /** The children that count, given the lines the district confirmed. */
    public long counted(Set<Integer> confirmedLines) {
      return children.stream().filter(child -> child.counts(confirmedLines.contains(child.line()))).count();
    }

    public BigDecimal amount(Set<Integer> confirmedLines) {
      return amountFor(counted(confirmedLines));
    }

    /** What the month pays for this many children: each counts once, at the month's rate. */
    public BigDecimal amountFor(long children) {
      return rate.multiply(BigDecimal.valueOf(children));
    }
  }

  private final NurserySubsidyParameters parameters;

  public NurseryOperatingSubsidyRules(NurserySubsidyParameters parameters) {
    this.parameters = parameters;
  }

  public MonthCheck check(YearMonth month, Recognition recognition, List<ReportedChild> children) {
    LocalDate firstDay = month.atDay(1);
    int ageLimit = parameters.ageLimitYears().requireValueOn(firstDay);
    boolean recognised = recognition.coversWholeMonth(month);
    List<ChildCheck> checks = new ArrayList<>();
    for (ReportedChild child : children) {
      List<Finding> findings = new ArrayList<>();
      if (!recognised) {
        findings.add(Finding.NOT_RECOGNISED_FOR_THE_WHOLE_MONTH);
      }
      if (!child.birthDate().plusYears(ageLimit).isAfter(firstDay)) {
        findings.add(Finding.AGE_LIMIT_REACHED);
      }
      if (!child.knownToRegistry()) {
        findings.add(Finding.UNKNOWN_TO_REGISTRY);
      }
      if (child.countedElsewhere()) {
        findings.add(Finding.COUNTED_ELSEWHERE);
      } else if (child.reportedElsewhere()) {
        findings.add(Finding.REPORTED_ELSEWHERE);
      }
      checks.add(new ChildCheck(child.line(), List.copyOf(findings)));
    }
    return new MonthCheck(month, parameters.monthlyRate().requireValueOn(firstDay), List.copyOf(checks));
  }

  /** The day a month's report is due, the nursery reminded after it. */
  public LocalDate reportDue(YearMonth month) {
    return dayOfTheNextMonth(month, parameters.reportDueDay());
  }

  /** The last day a month may still be reported. */
  public LocalDate lastReportDay(YearMonth month) {
    return dayOfTheNextMonth(month, parameters.reportLastDay());
  }

  /** The day of the month after {@code month}, its last day when the month is shorter. */
  private static LocalDate dayOfTheNextMonth(YearMonth month, DatedParameter<Integer> day) {
    YearMonth next = month.plusMonths(1);
    return next.atDay(Math.min(day.requireValueOn(next.atDay(1)), next.lengthOfMonth()));
  }
}
