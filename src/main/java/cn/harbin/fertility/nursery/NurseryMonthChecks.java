package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.MonthCheck;
import cn.harbin.fertility.policy.NurseryOperatingSubsidyRules.ReportedChild;
import cn.harbin.fertility.policy.NurserySubsidyParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.population.PopulationRegistry;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Checks a submitted month against the rules with what is known now: the nursery's recognition, the population
 * registry and the other nurseries' reports and counted months of the same month.
 */
@Service
public class NurseryMonthChecks {

  private final NurseryReports reports;
  private final Nurseries nurseries;
  private final PopulationRegistry registry;
  private final PolicyParameterSource parameters;

  public NurseryMonthChecks(NurseryReports reports, Nurseries nurseries, PopulationRegistry registry,
      PolicyParameterSource parameters) {
    this.reports = reports;
    this.nurseries = nurseries;
    this.registry = registry;
    this.parameters = parameters;
  }

  public MonthCheck check(String applicationNumber) {
    NurseryReports.Report report = reports.find(applicationNumber).orElseThrow();
    List<ReportedChild> children = reports.children(applicationNumber).stream().map(row -> new ReportedChild(
        row.child().line(), IdentityNumber.parse(row.child().idNumber()).orElseThrow().birthDate(),
        registry.find(row.child().idNumber()).isPresent(),
        reports.reportedElsewhere(applicationNumber, row.child().idNumber(), report.month()),
        reports.countedElsewhere(applicationNumber, row.child().idNumber(), report.month()))).toList();
    return rules().check(report.month(), nurseries.find(report.creditCode()).orElseThrow().recognition(), children);
  }

  public NurseryOperatingSubsidyRules rules() {
    return new NurseryOperatingSubsidyRules(NurserySubsidyParameters.from(parameters));
  }
}
