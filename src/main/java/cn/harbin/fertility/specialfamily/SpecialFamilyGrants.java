package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.payments.Entitlements;
import cn.harbin.fertility.policy.SpecialFamilyAssessment;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.Benefit;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.SchemeOutcome;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an approved family's assessment into entitlements: one per parent and scheme, monthly or yearly, from the
 * month of the grant, open-ended until the yearly requalification ends it. A benefit still awaiting the city's
 * standard is recorded without an amount and pays nothing until the standard is set.
 */
@Service
public class SpecialFamilyGrants {

  private final SpecialFamilyCase specialFamilyCase;
  private final Entitlements entitlements;
  private final SpecialFamilyClaims claims;
  private final ApplicationRecords records;
  private final Clock clock;

  public SpecialFamilyGrants(SpecialFamilyCase specialFamilyCase, Entitlements entitlements,
      SpecialFamilyClaims claims, ApplicationRecords records, Clock clock) {
    this.specialFamilyCase = specialFamilyCase;
    this.entitlements = entitlements;
    this.claims = claims;
    this.records = records;
    this.clock = clock;
  }

  /** @return the grant in one line the family reads */
  @Transactional
  public String grant(String applicationNumber) {
    SpecialFamilyAssessment assessment = specialFamilyCase.assess(applicationNumber);
    for (SchemeOutcome scheme : assessment.schemes()) {
      for (Benefit benefit : scheme.benefits()) {
        recordEntitlement(applicationNumber, scheme, benefit, YearMonth.now(clock), assessment.appliedParameters());
      }
    }
    return SpecialFamilySummary.schemes(assessment).replace("\n\n", "；");
  }

  /** One parent's benefit under one scheme, paid to the family's account from {@code firstPeriod} on. */
  void recordEntitlement(String applicationNumber, SchemeOutcome scheme, Benefit benefit, YearMonth firstPeriod,
      Map<String, String> parametersUsed) {
    SpecialFamilyClaims.Bank bank = claims.bank(applicationNumber);
    entitlements.recordOpenEnded(new Entitlements.OpenEnded(applicationNumber, scheme.scheme(), scheme.clause(),
        benefit.parentIdNumber(), claims.memberName(applicationNumber, benefit.parentIdNumber()), bank.name(),
        bank.account(), records.find(applicationNumber).orElseThrow().divisionCode(),
        benefit.frequency() == SpecialFamilyAssessment.Frequency.MONTHLY
            ? Entitlements.Frequency.MONTHLY : Entitlements.Frequency.YEARLY,
        benefit.amount(), benefit.rate(), firstPeriod, parametersUsed), clock.instant());
  }
}
