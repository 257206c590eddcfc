package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.policy.SpecialFamilyAssessment;
import cn.harbin.fertility.policy.SpecialFamilyParameters;
import cn.harbin.fertility.policy.SpecialFamilyRules;
import cn.harbin.fertility.policy.SupportService;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The rules of §3.5 applied to a case's family of record, as of the day the application was received, and where
 * each support service is decided.
 */
@Service("specialFamilyCase")
public class SpecialFamilyCase {

  private final SpecialFamilyClaims claims;
  private final PolicyParameterSource parameters;

  public SpecialFamilyCase(SpecialFamilyClaims claims, PolicyParameterSource parameters) {
    this.claims = claims;
    this.parameters = parameters;
  }

  public SpecialFamilyAssessment assess(String applicationNumber) {
    return assess(claims.declared(applicationNumber));
  }

  /** §3.5 applied to the family as it was on the day its application was received. */
  public SpecialFamilyAssessment assess(DeclaredFamily family) {
    return new SpecialFamilyRules(SpecialFamilyParameters.from(parameters)).assess(family.on(family.receivedOn()),
        family.requestedServices());
  }

  /** The services the family asked for and may have: one task each, at its bureau (the multi-instance collection). */
  public List<String> eligibleServices(String applicationNumber) {
    return assess(applicationNumber).services().stream().filter(SpecialFamilyAssessment.ServiceOutcome::eligible)
        .map(outcome -> outcome.service().name()).toList();
  }

  /** The bureau that decides a service (§3.5.2, §3.5.3; DESIGN.md "Bureaus and routing"). */
  public String bureauOf(String service, String divisionCode) {
    return switch (SupportService.valueOf(service)) {
      case PRIORITY_HOUSING -> BureauDirectory.HOUSING;
      case ELDERLY_CARE_ADMISSION -> BureauDirectory.CIVIL_AFFAIRS;
      case MEDICAL_GREEN_CHANNEL -> BureauDirectory.districtHealth(HarbinDivision.ofCode(divisionCode).orElseThrow());
      case NURSING_INSURANCE -> BureauDirectory.CITY_HEALTH;
      case CARE_VISITS -> BureauDirectory.FAMILY_PLANNING_ASSOCIATION;
    };
  }
}
