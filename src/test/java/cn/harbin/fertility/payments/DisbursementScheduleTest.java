package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import cn.harbin.fertility.policy.InMemoryPolicyParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisbursementScheduleTest {

  @ParameterizedTest
  @CsvSource({"2027-01-01, true", "2027-02-01, false", "2026-12-01, false"})
  void theNationalSubsidyIsPaidByTheRunOfItsMonthOnly(LocalDate runDay, boolean national) {
    Clock clock = Clock.fixed(runDay.atTime(2, 0).atZone(TimeConfiguration.HARBIN).toInstant(),
        TimeConfiguration.HARBIN);
    List<String> schemes = new DisbursementSchedule("0 0 2 1 * ?", List.of(), InMemoryPolicyParameters.seeded(),
        clock).getSchemes();
    assertThat(schemes.contains(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY)).isEqualTo(national);
    assertThat(schemes).contains("childcare-subsidy", BirthSchemeParameters.HOME_PURCHASE_SUBSIDY);
  }
}
