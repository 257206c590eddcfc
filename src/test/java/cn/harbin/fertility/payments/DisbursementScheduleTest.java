package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.policy.BirthSchemeParameters;
import cn.harbin.fertility.policy.InMemoryPolicyParameters;
import cn.harbin.fertility.policy.NurserySubsidyParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
        (scheme, upTo) -> false, clock).getSchemes();
    assertThat(schemes.contains(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY)).isEqualTo(yearly);
    assertThat(schemes.contains(NurserySubsidyParameters.SCHEME)).as("按年发放, §3.3.2").isEqualTo(yearly);
    assertThat(schemes).contains("childcare-subsidy", BirthSchemeParameters.HOME_PURCHASE_SUBSIDY);
  }

  @ParameterizedTest
  @CsvSource({"2027-02-01, 2027-01", "2027-12-01, 2027-01", "2027-01-01, ", "2026-12-01, 2026-01"})
  void outsideItsMonthAYearlySchemeRunsOnlyWhileSomethingDueByItsLastPaymentMonthIsOwed(LocalDate runDay,
      String catchUpPeriod) {
    Clock clock = Clock.fixed(runDay.atTime(2, 0).atZone(TimeConfiguration.HARBIN).toInstant(),
        TimeConfiguration.HARBIN);
    List<String> asked = new ArrayList<>();
    DisbursementSchedule schedule = new DisbursementSchedule("0 0 2 1 * ?", List.of(),
        InMemoryPolicyParameters.seeded(), (scheme, upTo) -> asked.add(scheme + " " + upTo)
            && scheme.equals(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY), clock);

    List<String> schemes = schedule.getSchemes();

    assertThat(schemes).contains(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "childcare-subsidy");
    assertThat(schedule.periodOf(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY)).isEqualTo(catchUpPeriod);
    assertThat(schedule.periodOf("childcare-subsidy")).as("the current month").isNull();
    if (catchUpPeriod == null) {
      assertThat(asked).as("its payment month: no need to ask").isEmpty();
      assertThat(schemes).contains(NurserySubsidyParameters.SCHEME);
    } else {
      assertThat(schemes).as("a catch-up after every scheme paid this month, which it cannot move")
          .endsWith(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY);
      assertThat(asked).containsExactlyInAnyOrder(BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY + " "
          + catchUpPeriod, NurserySubsidyParameters.SCHEME + " " + catchUpPeriod);
      assertThat(schemes).as("nothing owed by its last payment month").doesNotContain(NurserySubsidyParameters.SCHEME);
    }
  }
}
