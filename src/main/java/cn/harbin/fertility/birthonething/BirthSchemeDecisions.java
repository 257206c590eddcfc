package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.policy.BirthOneThingRules;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records each bureau's answer on its scheme when it completes its task of the birth bundle (a complete listener
 * of the bureaus' user tasks): approved (for the national and home-purchase subsidies an entitlement to be paid, for
 * the provident fund loan a certificate) or refused with the reason the caseworker gave, enrolled from a date, the
 * priority group.
 */
@Component("birthSchemeDecisions")
public class BirthSchemeDecisions implements TaskListener {

  private final BirthSchemes schemes;
  private final Certificates certificates;
  private final PolicyParameterSource parameters;
  private final Clock clock;

  public BirthSchemeDecisions(BirthSchemes schemes, Certificates certificates, PolicyParameterSource parameters,
      Clock clock) {
    this.schemes = schemes;
    this.certificates = certificates;
    this.parameters = parameters;
    this.clock = clock;
  }

  /** What an approval gave the family (an entitlement, a certificate), told in both languages. */
  private record Explanation(String zh, String en) {}

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable("applicationNumber");
    BirthOneThingApplication application = BirthOneThingApplication.fromVariables(task.getVariables());
    switch (task.getTaskDefinitionKey()) {
      case "Task_NationalSubsidyReview" -> decided(task, number, BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY,
          BirthOneThingRules.NATIONAL_CLAUSE, "nationalDecision", "nationalNote", () -> {
            schemes.grant(number, BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, application);
            return new Explanation("国家育儿补贴已批准，每年发放一次", "The national childcare subsidy is granted, paid once a year");
          });
      case "Task_HomePurchaseVerification" -> decided(task, number, BirthSchemeParameters.HOME_PURCHASE_SUBSIDY,
          BirthOneThingRules.HOME_PURCHASE_CLAUSE, "homePurchaseDecision", "homePurchaseNote", () -> {
            schemes.grant(number, BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, application);
            return new Explanation("网签备案 " + application.homeFilingNumber() + " 核验无误，购房补贴已批准，一次性发放",
                "Filing " + application.homeFilingNumber() + " verified; the home-purchase subsidy is granted, paid once");
          });
      case "Task_NewbornInsurance" -> insurance(task, number);
      case "Task_ProvidentFundConfirmation" -> decided(task, number, BirthSchemeParameters.PROVIDENT_FUND_LOAN,
          BirthOneThingRules.PROVIDENT_FUND_CLAUSE, "providentFundDecision", "providentFundNote", () -> {
            int months = BirthSchemeParameters.from(parameters).providentFundContributionMonths()
                .requireValueOn(LocalDate.now(clock));
            Certificate certificate = certificates.issueProvidentFund(number, application, months);
            return new Explanation("市住房公积金中心已确认：连续足额缴存满" + months + "个月即可申请住房公积金贷款；证明编号 "
                + certificate.printedCode() + "，证明可在“我的申请”中下载",
                "The provident fund centre confirms: " + months + " months of continuous contribution suffice for a "
                    + "loan; certificate " + certificate.printedCode() + ", to download from My applications");
          });
      case "Task_PublicRentalPriority" -> decided(task, number, BirthSchemeParameters.PUBLIC_RENTAL_HOUSING,
          BirthOneThingRules.PUBLIC_RENTAL_CLAUSE, "publicRentalDecision", "publicRentalNote",
          () -> new Explanation("已纳入公租房优先配租范围：" + task.getVariable("publicRentalNote"),
              "Recorded in the priority group for public rental housing: " + task.getVariable("publicRentalNote")));
      default -> throw new IllegalStateException("no scheme for task " + task.getTaskDefinitionKey());
    }
  }

  /** Approved (what the approval gives) or refused with the caseworker's note, which the family reads. */
  private void decided(DelegateTask task, String number, String scheme, String clause, String decisionField,
      String noteField, Supplier<Explanation> approval) {
    if ("APPROVED".equals(task.getVariable(decisionField))) {
      Explanation granted = approval.get();
      schemes.decide(number, scheme, clause, "GRANTED", granted.zh(), granted.en());
      return;
    }
    Object note = task.getVariable(noteField);
    String refusal = note == null || note.toString().isBlank() ? "经办部门未说明理由" : note.toString();
    schemes.decide(number, scheme, clause, "REFUSED", refusal, "Refused; the bureau's reason in Chinese: " + refusal);
  }

  private void insurance(DelegateTask task, String number) {
    Object paidOn = task.getVariable("insurancePaidOn");
    if (paidOn == null || paidOn.toString().isBlank()) {
      schemes.decide(number, BirthSchemeParameters.NEWBORN_INSURANCE, BirthOneThingRules.INSURANCE_CLAUSE,
          "NOT_ENROLLED", "截至办理期限，未查到新生儿参保缴费记录，可随时到医保经办机构参保",
          "No enrolment was recorded by the deadline; the child can still be enrolled at any time");
      return;
    }
    LocalDate paid = LocalDate.parse(paidOn.toString().strip().substring(0, 10));
    LocalDate birth = LocalDate.parse(task.getVariable("childBirthDate").toString());
    LocalDate coveredFrom = new BirthOneThingRules(BirthSchemeParameters.from(parameters))
        .insuredFrom(birth, paid, LocalDate.now(clock));
    schemes.decide(number, BirthSchemeParameters.NEWBORN_INSURANCE, BirthOneThingRules.INSURANCE_CLAUSE, "ENROLLED",
        "已于" + paid + "参保缴费，自" + coveredFrom + "起享受居民医保待遇",
        "Enrolled and paid on " + paid + ", covered from " + coveredFrom);
  }
}
