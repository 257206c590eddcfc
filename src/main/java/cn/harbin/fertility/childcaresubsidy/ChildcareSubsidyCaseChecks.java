package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.ChildcareSubsidyAssessment;
import cn.harbin.fertility.policy.ChildcareSubsidyClaim;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.ChildcareSubsidyRules;
import cn.harbin.fertility.policy.HouseholdRegistrationCheck;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.population.BirthRegistrations;
import cn.harbin.fertility.population.PopulationRegistry;
import java.time.LocalDate;
import java.util.Optional;
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
  private final ApplicationRecords records;

  public ChildcareSubsidyCaseChecks(PopulationRegistry registry, BirthRegistrations birthRegistrations,
      PolicyParameterSource parameters, ApplicationRecords records) {
    this.registry = registry;
    this.birthRegistrations = birthRegistrations;
    this.parameters = parameters;
    this.records = records;
  }

  public HouseholdRegistrationCheck.Outcome checkRegistry(ChildcareSubsidyApplication application) {
    HouseholdRegistrationCheck.Declared declared = new HouseholdRegistrationCheck.Declared(
        application.childIdNumber(), application.birthOrder(), application.applicantIdNumber(),
        ChildcareSubsidyApplication.Relationship.GUARDIAN.name().equals(application.applicantRelationship()),
        application.divisionCode());
    Optional<HouseholdRegistrationCheck.Registered> child = registered(application.childIdNumber())
        .or(() -> birthRegistrations.ofCouple(application.applicantIdNumber(), application.otherParentIdNumber())
            .map(registration -> new HouseholdRegistrationCheck.Registered(registration.divisionCode(),
                registration.fatherIdNumber(), registration.motherIdNumber(), registration.plannedChildOrder())));
    return HouseholdRegistrationCheck.compare(declared, child, registered(application.applicantIdNumber()));
  }

  private Optional<HouseholdRegistrationCheck.Registered> registered(String idNumber) {
    return registry.find(idNumber).map(record -> new HouseholdRegistrationCheck.Registered(record.divisionCode(),
        record.fatherIdNumber(), record.motherIdNumber(), record.birthOrder()));
  }

  /**
   * The rules applied to the claim of record (birth order possibly corrected by public security), as of the day
   * the application was received.
   */
  public ChildcareSubsidyAssessment assess(String applicationNumber, ChildcareSubsidyApplication claim) {
    LocalDate received = LocalDate.ofInstant(records.find(applicationNumber).orElseThrow().receivedAt(),
        TimeConfiguration.HARBIN);
    return new ChildcareSubsidyRules(ChildcareSubsidyParameters.from(parameters))
        .assess(new ChildcareSubsidyClaim(claim.childBirthDate(), claim.birthOrder(), received));
  }
}
