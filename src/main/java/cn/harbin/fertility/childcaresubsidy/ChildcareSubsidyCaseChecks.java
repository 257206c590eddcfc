package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.policy.ChildcareSubsidyAssessment;
import cn.harbin.fertility.policy.ChildcareSubsidyClaim;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.ChildcareSubsidyRules;
import cn.harbin.fertility.policy.HouseholdRegistrationCheck;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.population.BirthRegistrations;
import cn.harbin.fertility.population.PopulationRecord;
import cn.harbin.fertility.population.PopulationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The automatic checks of a childcare subsidy case: the population registry (a child not yet in it is recognised by
 * its parents' birth registration, §3.1.2) and the rules of §3.4.2a.
 */
@Service
public class ChildcareSubsidyCaseChecks {

  private final PopulationRegistry registry;
  private final BirthRegistrations birthRegistrations;
  private final PolicyParameterSource parameters;

  public ChildcareSubsidyCaseChecks(PopulationRegistry registry, BirthRegistrations birthRegistrations,
      PolicyParameterSource parameters) {
    this.registry = registry;
    this.birthRegistrations = birthRegistrations;
    this.parameters = parameters;
  }

  public HouseholdRegistrationCheck.Outcome checkRegistry(ChildcareSubsidyApplication application) {
    HouseholdRegistrationCheck.Declared declared = new HouseholdRegistrationCheck.Declared(
        application.childIdNumber(), application.birthOrder(), application.applicantIdNumber(),
        ChildcareSubsidyApplication.Relationship.GUARDIAN.name().equals(application.applicantRelationship()),
        application.divisionCode());
    Map<String, HouseholdRegistrationCheck.Registered> registered = registry
        .findAll(List.of(application.childIdNumber(), application.applicantIdNumber())).stream()
        .collect(Collectors.toMap(PopulationRecord::idNumber, record -> new HouseholdRegistrationCheck.Registered(
            record.divisionCode(), record.fatherIdNumber(), record.motherIdNumber(), record.birthOrder())));
    // A child not yet in the registry is recognised by its parents' birth registration (§3.1.2).
    Optional<HouseholdRegistrationCheck.Registered> child = Optional.ofNullable(
        registered.get(application.childIdNumber())).or(() -> birthRegistrations
            .ofCouple(application.applicantIdNumber(), application.otherParentIdNumber())
            .map(registration -> new HouseholdRegistrationCheck.Registered(registration.divisionCode(),
                registration.fatherIdNumber(), registration.motherIdNumber(), registration.plannedChildOrder())));
    return HouseholdRegistrationCheck.compare(declared, child,
        Optional.ofNullable(registered.get(application.applicantIdNumber())));
  }

  /**
   * The rules applied to the claim of record (birth order possibly corrected by public security), as of the day
   * the application was received.
   */
  public ChildcareSubsidyAssessment assess(ChildcareSubsidyClaims.ClaimOfRecord ofRecord) {
    return new ChildcareSubsidyRules(ChildcareSubsidyParameters.from(parameters)).assess(new ChildcareSubsidyClaim(
        ofRecord.claim().childBirthDate(), ofRecord.claim().birthOrder(), ofRecord.receivedOn()));
  }
}
