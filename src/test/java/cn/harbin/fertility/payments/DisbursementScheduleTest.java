package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import cn.harbin.fertility.policy.InMemoryPolicyParameters;
import cn.harbin.fertility.policy.NurserySubsidyParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisbursementScheduleTest {

  @ParameterizedTest
  @CsvSource({"2027-01-01, true", "2027-02-01, false", "2026-12-01, false"})
  void theYearlySchemesArePaidByTheRunOfTheirMonthOnly(LocalDate runDay, boolean yearly) {
    Clock clock = Clock.fixed(runDay.atTime(2, 0).atZone(TimeConfiguration.HARBIN).toInstant(),
        TimeConfiguration.HARBIN);
    List<String> schemes = new DisbursementSchedule("0 0 2 1 * ?", List.of(), InMemoryPolicyParameters.seeded(),
        clock).getSchemes();
    assertThat(schemes.contains(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY)).isEqualTo(yearly);
    assertThat(schemes.contains(NurserySubsidyParameters.SCHEME)).as("按年发放, §3.3.2").isEqualTo(yearly);
    assertThat(schemes).contains("childcare-subsidy", BirthSchemeParameters.HOME_PURCHASE_SUBSIDY);
  }
}
