package cn.harbin.fertility.policy;

import cn.harbin.fertility.policy.BirthFacts.HomePurchase;
import cn.harbin.fertility.policy.SchemeOutcome.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 新生儿出生一件事: from one application after a birth, what each scheme gives the family and, where it gives
 * nothing, why. Every figure, date and window is a dated parameter ({@link BirthSchemeParameters}), read as in
 * force on the day the application was received.
 *
 * <ul>
 *   <li><b>National childcare subsidy</b> (国家育儿补贴, 2025): every child under 3, any birth order, 300 CNY a month
 *       from the later of the birth month and 2025-01 to the month before the month of the 3rd birthday (as the
 *       city's subsidy, §3.4.2a); the application must come before the 3rd birthday.
 *   <li><b>Home-purchase subsidy</b> (§3.4.2b): a policy 2nd child 15,000 CNY, a 3rd child 20,000 CNY, once, for a
 *       newly built home in one of the nine urban districts, bought by a contract dated from 2022-11-29 up to 3 years
 *       after the birth ("相关要求" of the plan: a parameter).
 *   <li><b>Newborn medical insurance</b> (§3.4.1): a referral to the medical-insurance bureau due on day 90 after the
 *       birth; enrolled and paid by then, the child is covered from the birth date.
 *   <li><b>Provident-fund loan</b> (§3.4.2c): from the 2nd child, 6 months of continuous contribution suffice.
 *   <li><b>Public rental housing</b> (§3.4.2d): a qualified family with a 2nd or later child joins the priority group.
 *   <li><b>Income-tax deduction</b> (§3.4.2e): information only, the monthly deduction per child under 3 in force.
 * </ul>
 */
public final class BirthOneThingRules {

  public static final String NATIONAL_CLAUSE = "育儿补贴制度 2025";
  public static final String HOME_PURCHASE_CLAUSE = "§3.4.2b";
  public static final String INSURANCE_CLAUSE = "§3.4.1";
  public static final String PROVIDENT_FUND_CLAUSE = "§3.4.2c";
  public static final String PUBLIC_RENTAL_CLAUSE = "§3.4.2d";
  public static final String TAX_CLAUSE = "§3.4.2e";

  private final BirthSchemeParameters parameters;

  public BirthOneThingRules(BirthSchemeParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * Every scheme of the bundle but the city's childcare subsidy (its own rules: {@link ChildcareSubsidyRules}),
   * knowing whether the city's subsidy applies: the national subsidy comes on top of it unless the city decides
   * otherwise (parameter {@code withCitySubsidy}).
   */
  public List<SchemeOutcome> assess(BirthFacts facts, boolean citySubsidyApplies) {
    SchemeOutcome national = nationalSubsidy(facts);
    if (national.applies() && citySubsidyApplies
        && !parameters.nationalWithCitySubsidy().requireValueOn(facts.applicationDate())) {
      national = SchemeOutcome.notApplicable(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, new Ineligibility(
          "CITY_SUBSIDY_INSTEAD", NATIONAL_CLAUSE, "本市第二、三孩享受市级育儿补贴，不再同时发放国家育儿补贴",
          "A Harbin 2nd or 3rd child gets the city's childcare subsidy instead of the national one"));
    }
    return List.of(national, homePurchase(facts), newbornInsurance(facts), providentFund(facts),
        publicRental(facts), taxDeduction(facts));
  }

  public SchemeOutcome nationalSubsidy(BirthFacts facts) {
    LocalDate received = facts.applicationDate();
    LocalDate start = parameters.nationalSchemeStart().requireValueOn(received);
    int ageLimit = parameters.nationalAgeLimitYears().requireValueOn(received);
    LocalDate ageLimitReached = facts.childBirthDate().plusYears(ageLimit);
    String scheme = BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY;
    if (!received.isBefore(ageLimitReached)) {
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("AGE_LIMIT_REACHED", NATIONAL_CLAUSE,
          "国家育儿补贴须在子女" + ageLimit + "周岁生日（" + ageLimitReached + "）前申请",
          "The national childcare subsidy must be applied for before the child's 3rd birthday (" + ageLimitReached
              + ")"));
    }
    YearMonth first = later(YearMonth.from(facts.childBirthDate()), YearMonth.from(start));
    YearMonth last = YearMonth.from(ageLimitReached).minusMonths(1);
    List<MonthlyPayment> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      Optional<BigDecimal> inForce = parameters.nationalMonthlyAmount().valueOn(month.atEndOfMonth());
      if (inForce.isPresent()) {
        months.add(new MonthlyPayment(month, inForce.get()));
      }
    }
    if (months.isEmpty()) {
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("BEFORE_SCHEME_START", NATIONAL_CLAUSE,
          "子女在国家育儿补贴实施（" + start + "）前已满" + ageLimit + "周岁",
          "The child was 3 before the national subsidy started on " + start));
    }
    BigDecimal total = months.stream().map(MonthlyPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new SchemeOutcome(scheme, NATIONAL_CLAUSE, Result.APPLIES,
        "每月" + months.get(0).amount().toPlainString() + "元，自" + months.get(0).month() + "至"
            + months.get(months.size() - 1).month() + "，共" + months.size() + "个月，合计" + total.toPlainString()
            + "元，每年发放一次",
        months.get(0).amount().toPlainString() + " CNY a month from " + months.get(0).month() + " to "
            + months.get(months.size() - 1).month() + ", " + months.size() + " months, " + total.toPlainString()
            + " CNY in all, paid once a year",
        months, Optional.empty(), Optional.empty());
  }

  public SchemeOutcome homePurchase(BirthFacts facts) {
    LocalDate received = facts.applicationDate();
    String scheme = BirthSchemeParameters.HOME_PURCHASE_SUBSIDY;
    Optional<BigDecimal> amount = Optional.ofNullable(parameters.homePurchaseAmountByBirthOrder()
        .get(facts.birthOrder())).flatMap(dated -> dated.valueOn(received));
    if (amount.isEmpty()) {
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("BIRTH_ORDER_NOT_COVERED", HOME_PURCHASE_CLAUSE,
          "购房补贴发放给按政策生育第二、三个子女的家庭，本申请子女为第" + facts.birthOrder() + "孩",
          "The home-purchase subsidy is for a family's 2nd or 3rd child; this child is child number "
              + facts.birthOrder()));
    }
    if (facts.earlierHomePurchaseGrant().isPresent()) {
      String earlier = facts.earlierHomePurchaseGrant().get();
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("ALREADY_GRANTED", HOME_PURCHASE_CLAUSE,
          "该子女的购房补贴已在申请 " + earlier + " 中核发，一次性补贴每个子女只发放一次",
          "The home-purchase subsidy was already granted for this child (application " + earlier
              + "); the one-off subsidy is paid once per child"));
    }
    if (facts.homePurchase().isEmpty()) {
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("NO_HOME_PURCHASE", HOME_PURCHASE_CLAUSE,
          "未申报新建商品住房购房合同", "No purchase contract of a newly built home was declared"));
    }
    HomePurchase purchase = facts.homePurchase().get();
    if (!parameters.homePurchaseUrbanDistricts().requireValueOn(received).contains(purchase.divisionCode())) {
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("OUTSIDE_URBAN_DISTRICTS", HOME_PURCHASE_CLAUSE,
          "所购住房不在哈尔滨市九城区内（行政区划代码 " + purchase.divisionCode() + "）",
          "The home is not in one of Harbin's nine urban districts (division " + purchase.divisionCode() + ")"));
    }
    LocalDate from = parameters.homePurchaseContractFrom().requireValueOn(received);
    LocalDate to = facts.childBirthDate().plusYears(parameters.homePurchaseContractYearsAfterBirth()
        .requireValueOn(received));
    if (purchase.contractDate().isBefore(from) || purchase.contractDate().isAfter(to)) {
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("CONTRACT_OUTSIDE_WINDOW", HOME_PURCHASE_CLAUSE,
          "购房合同日期 " + purchase.contractDate() + " 不在 " + from + " 至 " + to + " 之间",
          "The contract of " + purchase.contractDate() + " is not between " + from + " and " + to));
    }
    return new SchemeOutcome(scheme, HOME_PURCHASE_CLAUSE, Result.APPLIES,
        "一次性购房补贴" + amount.get().toPlainString() + "元，待市住建局核验网签备案 " + purchase.filingNumber(),
        "A one-off home-purchase subsidy of " + amount.get().toPlainString() + " CNY, once the housing bureau has "
            + "verified filing " + purchase.filingNumber(),
        List.of(), amount, Optional.empty());
  }

  SchemeOutcome newbornInsurance(BirthFacts facts) {
    int days = parameters.insuranceEnrolmentDays().requireValueOn(facts.applicationDate());
    LocalDate due = lastDayCoveredFromBirth(facts.childBirthDate(), facts.applicationDate());
    return new SchemeOutcome(BirthSchemeParameters.NEWBORN_INSURANCE, INSURANCE_CLAUSE, Result.APPLIES,
        "出生" + days + "日内（" + due + "前）参保缴费，自出生之日起享受居民医保待遇",
        "Enrolled and paid within " + days + " days of the birth (by " + due + "), the child is covered from the "
            + "birth date",
        List.of(), Optional.empty(), Optional.of(due));
  }

  /** The last day an enrolment paid on it still covers the child from the birth date (§3.4.1): day 90. */
  public LocalDate lastDayCoveredFromBirth(LocalDate birthDate, LocalDate received) {
    return birthDate.plusDays(parameters.insuranceEnrolmentDays().requireValueOn(received));
  }

  /**
   * When the family is reminded that no enrolment is recorded yet: day 60, or the day after the application when it
   * comes later (the bureau has had a day to record an enrolment made meanwhile).
   */
  public LocalDate insuranceReminderDay(LocalDate birthDate, LocalDate received) {
    LocalDate day60 = birthDate.plusDays(parameters.insuranceReminderDay().requireValueOn(received));
    return day60.isAfter(received) ? day60 : received.plusDays(1);
  }

  /** From when an enrolment paid on a day covers the child: the birth date, or else the day paid. */
  public LocalDate insuredFrom(LocalDate birthDate, LocalDate paidOn, LocalDate received) {
    return paidOn.isAfter(lastDayCoveredFromBirth(birthDate, received)) ? paidOn : birthDate;
  }

  SchemeOutcome providentFund(BirthFacts facts) {
    LocalDate received = facts.applicationDate();
    int minimumOrder = parameters.providentFundMinimumBirthOrder().requireValueOn(received);
    if (facts.birthOrder() < minimumOrder) {
      return SchemeOutcome.notApplicable(BirthSchemeParameters.PROVIDENT_FUND_LOAN, new Ineligibility(
          "BIRTH_ORDER_NOT_COVERED", PROVIDENT_FUND_CLAUSE,
          "公积金贷款缴存期限放宽适用于按政策生育第二个及以上子女的家庭",
          "The shorter provident-fund contribution period is for families with a 2nd or later child"));
    }
    int months = parameters.providentFundContributionMonths().requireValueOn(received);
    return new SchemeOutcome(BirthSchemeParameters.PROVIDENT_FUND_LOAN, PROVIDENT_FUND_CLAUSE, Result.APPLIES,
        "申请住房公积金贷款，连续足额缴存满" + months + "个月即可，由市住房公积金中心确认并出具证明",
        "A provident-fund loan needs " + months + " months of continuous contribution; the provident fund centre "
            + "confirms and issues a certificate",
        List.of(), Optional.empty(), Optional.empty());
  }

  SchemeOutcome publicRental(BirthFacts facts) {
    String scheme = BirthSchemeParameters.PUBLIC_RENTAL_HOUSING;
    int minimumOrder = parameters.publicRentalMinimumBirthOrder().requireValueOn(facts.applicationDate());
    if (facts.birthOrder() < minimumOrder) {
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("BIRTH_ORDER_NOT_COVERED", PUBLIC_RENTAL_CLAUSE,
          "公租房优先配租适用于按政策生育第二个及以上子女的家庭",
          "Priority for public rental housing is for families with a 2nd or later child"));
    }
    if (!facts.publicRentalQualified()) {
      return SchemeOutcome.notApplicable(scheme, new Ineligibility("NOT_QUALIFIED", PUBLIC_RENTAL_CLAUSE,
          "家庭未申报符合哈尔滨市公租房保障条件", "The family did not declare itself qualified for public rental "
              + "housing"));
    }
    return new SchemeOutcome(scheme, PUBLIC_RENTAL_CLAUSE, Result.APPLIES,
        "符合公租房保障条件且有未成年子女，纳入优先配租范围，由市住建局登记",
        "Qualified for public rental housing with a minor child: the housing bureau records the family in the "
            + "priority group",
        List.of(), Optional.empty(), Optional.empty());
  }

  SchemeOutcome taxDeduction(BirthFacts facts) {
    LocalDate received = facts.applicationDate();
    BigDecimal monthly = parameters.taxMonthlyDeduction().requireValueOn(received);
    int ageLimit = parameters.taxAgeLimitYears().requireValueOn(received);
    return new SchemeOutcome(BirthSchemeParameters.INCOME_TAX_DEDUCTION, TAX_CLAUSE, Result.INFORMATION,
        "3岁以下婴幼儿照护个人所得税专项附加扣除：每孩每月" + monthly.toPlainString() + "元，至子女" + ageLimit
            + "周岁（" + facts.childBirthDate().plusYears(ageLimit) + "）前，向税务部门申报",
        "Income-tax deduction for a child under 3: " + monthly.toPlainString() + " CNY a month until "
            + facts.childBirthDate().plusYears(ageLimit) + ", claimed with the tax bureau",
        List.of(), Optional.of(monthly), Optional.empty());
  }

  private static YearMonth later(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }
}
