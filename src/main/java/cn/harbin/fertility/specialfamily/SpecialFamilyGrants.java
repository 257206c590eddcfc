package cn.harbin.fertility.specialfamily;

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
  private final Clock clock;

  public SpecialFamilyGrants(SpecialFamilyCase specialFamilyCase, Entitlements entitlements,
      SpecialFamilyClaims claims, Clock clock) {
    this.specialFamilyCase = specialFamilyCase;
    this.entitlements = entitlements;
    this.claims = claims;
    this.clock = clock;
  }

  /** @return the grant in one line the family reads */
  @Transactional
  public String grant(String applicationNumber) {
    DeclaredFamily family = claims.declared(applicationNumber);
    SpecialFamilyAssessment assessment = specialFamilyCase.assess(family);
    for (SchemeOutcome scheme : assessment.schemes()) {
      for (Benefit benefit : scheme.benefits()) {
        recordEntitlement(family, scheme, benefit, YearMonth.now(clock), assessment.appliedParameters());
      }
    }
    return SpecialFamilySummary.schemes(assessment).replace("\n\n", "；");
  }

  /** One parent's benefit under one scheme, paid to the family's account from {@code firstPeriod} on. */
  void recordEntitlement(DeclaredFamily family, SchemeOutcome scheme, Benefit benefit, YearMonth firstPeriod,
      Map<String, String> parametersUsed) {
    entitlements.recordOpenEnded(new Entitlements.OpenEnded(family.applicationNumber(), scheme.scheme(),
        scheme.clause(), benefit.parentIdNumber(), family.nameOf(benefit.parentIdNumber()), family.bankName(),
        family.bankAccount(), family.divisionCode(),
        benefit.frequency() == SpecialFamilyAssessment.Frequency.MONTHLY
            ? Entitlements.Frequency.MONTHLY : Entitlements.Frequency.YEARLY,
        benefit.amount(), benefit.rate(), firstPeriod, parametersUsed), clock.instant());
  }
}
