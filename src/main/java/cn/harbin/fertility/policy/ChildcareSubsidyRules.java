package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 育儿补贴 (§3.4.2a): "按政策生育第二个子女的家庭，每孩每月发放500元育儿补贴；按政策生育第三个子女的家庭，
 * 每月每孩发放1000元育儿补贴，直至子女3周岁。"
 *
 * <ul>
 *   <li>Payable months run from the later of the child's birth month and the scheme start's month up to and
 *       including the month before the month of the 3rd birthday ({@code birthDate.plusYears(3)}, so a child
 *       born on 29 February turns 3 on 28 February). A child born after the scheme start gets 36 months.
 *   <li>The amount of a month is the one in force in that month (on its last day), so a future change applies
 *       from its effective month and leaves past months as they were. A month before a birth order's first amount
 *       (a birth order the city adds later) is not payable.
 *   <li>The claim must be received before the 3rd birthday.
 * </ul>
 */
public final class ChildcareSubsidyRules {

  public static final String CLAUSE = "§3.4.2a";

  private final ChildcareSubsidyParameters parameters;

  public ChildcareSubsidyRules(ChildcareSubsidyParameters parameters) {
    this.parameters = parameters;
  }

  public ChildcareSubsidyAssessment assess(ChildcareSubsidyClaim claim) {
    LocalDate received = claim.applicationDate();
    Map<String, String> used = new LinkedHashMap<>();
    LocalDate schemeStart = recordValue(used, parameters.schemeStart(), received);
    int ageLimit = recordValue(used, parameters.ageLimitYears(), received);
    LocalDate ageLimitReached = claim.childBirthDate().plusYears(ageLimit);

    List<Ineligibility> ineligibilities = new ArrayList<>();
    Optional<DatedParameter<BigDecimal>> amount =
        Optional.ofNullable(parameters.monthlyAmountByBirthOrder().get(claim.birthOrder()));
    if (amount.isEmpty()) {
      ineligibilities.add(new Ineligibility("BIRTH_ORDER_NOT_COVERED", CLAUSE,
          "育儿补贴发放给按政策生育第二、三个子女的家庭，本申请子女为第" + claim.birthOrder() + "孩",
          "The childcare subsidy is for a family's 2nd or 3rd child; this child is child number "
              + claim.birthOrder()));
    }
    if (!received.isBefore(ageLimitReached)) {
      ineligibilities.add(new Ineligibility("AGE_LIMIT_REACHED", CLAUSE,
          "申请须在子女" + ageLimit + "周岁生日（" + ageLimitReached + "）前提出",
          "The claim must be made before the child's " + ordinal(ageLimit) + " birthday (" + ageLimitReached + ")"));
    }
    YearMonth first = later(YearMonth.from(claim.childBirthDate()), YearMonth.from(schemeStart));
    YearMonth last = YearMonth.from(ageLimitReached).minusMonths(1);
    if (first.isAfter(last) && ineligibilities.isEmpty()) {
      ineligibilities.add(new Ineligibility("BEFORE_SCHEME_START", CLAUSE,
          "子女在育儿补贴实施（" + schemeStart + "）前已满" + ageLimit + "周岁",
          "The child was " + ageLimit + " years old before the subsidy started on " + schemeStart));
    }
    if (!ineligibilities.isEmpty()) {
      return new ChildcareSubsidyAssessment(ineligibilities, List.of(), used);
    }

    List<MonthlyPayment> schedule = new ArrayList<>();
    DatedParameter<BigDecimal> monthlyAmount = amount.orElseThrow();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      Optional<BigDecimal> inForce = monthlyAmount.valueOn(month.atEndOfMonth());
      if (inForce.isPresent()) {
        schedule.add(new MonthlyPayment(month, inForce.get()));
      }
    }
    if (schedule.isEmpty()) {
      return new ChildcareSubsidyAssessment(List.of(new Ineligibility("NO_AMOUNT_IN_FORCE", CLAUSE,
          "第" + claim.birthOrder() + "孩的育儿补贴在子女3周岁前尚未开始发放",
          "No childcare subsidy for child number " + claim.birthOrder() + " was in force before the child turned "
              + ageLimit)), List.of(), used);
    }
    used.put(monthlyAmount.name(), describeRuns(schedule) + " (" + monthlyAmount.clause() + ")");
    return new ChildcareSubsidyAssessment(List.of(), schedule, used);
  }

  private static <T> T recordValue(Map<String, String> applied, DatedParameter<T> parameter, LocalDate day) {
    T value = parameter.requireValueOn(day);
    applied.put(parameter.name(), value + " (" + parameter.clause() + ")");
    return value;
  }

  /** "2023-05..2024-12: 500.00; 2025-01..2026-04: 600.00": each amount with the months it is paid for. */
  private static String describeRuns(List<MonthlyPayment> schedule) {
    List<String> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= schedule.size(); i++) {
      if (i == schedule.size() || schedule.get(i).amount().compareTo(schedule.get(start).amount()) != 0) {
        runs.add(schedule.get(start).month() + ".." + schedule.get(i - 1).month() + ": "
            + schedule.get(start).amount().toPlainString());
        start = i;
      }
    }
    return String.join("; ", runs);
  }

  private static YearMonth later(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }

  private static String ordinal(int n) {
    return switch (n) {
      case 1 -> "1st";
      case 2 -> "2nd";
      case 3 -> "3rd";
      default -> n + "th";
    };
  }
}
