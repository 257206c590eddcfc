package cn.harbin.fertility.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.policy.MarriageBirthRules.Partner;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §3.2.3, §3.1.2, §3.1.3 and the Civil Code's marriage age. */
class MarriageBirthRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private final MarriageBirthRules rules = new MarriageBirthRules(InMemoryPolicyParameters.seeded());

  private static Partner man(LocalDate born) {
    return new Partner("230102" + "19950101" + "0011", true, born, Optional.of("230102"), Optional.empty());
  }

  private static Partner woman(LocalDate born) {
    return new Partner("230103" + "19970101" + "0020", false, born, Optional.of("230103"), Optional.empty());
  }

  @ParameterizedTest(name = "man born {0}: eligible {1}")
  @CsvSource({"2004-11-28, true", "2004-11-29, false"})
  void aManMarriesFrom22(LocalDate born, boolean eligible) {
    assertThat(rules.check(man(born), woman(LocalDate.of(2000, 1, 1)), true, TODAY).eligible()).isEqualTo(eligible);
  }

  @ParameterizedTest(name = "woman born {0}: eligible {1}")
  @CsvSource({"2006-11-28, true", "2006-11-29, false"})
  void aWomanMarriesFrom20(LocalDate born, boolean eligible) {
    MarriageBirthRules.Outcome outcome = rules.check(man(LocalDate.of(2000, 1, 1)), woman(born), true, TODAY);

    assertThat(outcome.eligible()).isEqualTo(eligible);
    if (!eligible) {
      assertThat(outcome.ineligibilities()).singleElement().satisfies(reason ->
          assertThat(reason.messageZh()).contains("女方", "20周岁", "第1047条"));
    }
  }

  @Test
  void aCoupleAlreadyMarriedIsNotAgeChecked() {
    assertThat(rules.check(man(LocalDate.of(2006, 1, 1)), woman(LocalDate.of(2008, 1, 1)), false, TODAY).eligible())
        .isTrue();
  }

  @Test
  void aPartnerFromAnotherProvinceIsServedAndMarkedCrossProvince() {
    Partner fromShandong = new Partner("370102199501010011", true, LocalDate.of(1995, 1, 1), Optional.empty(),
        Optional.of("山东省"));

    MarriageBirthRules.Outcome outcome = rules.check(fromShandong, woman(LocalDate.of(1997, 1, 1)), true, TODAY);

    assertThat(outcome.eligible()).isTrue();
    assertThat(outcome.crossProvince()).isTrue();
    assertThat(outcome.birthRegistrationDivision()).contains("230103");
    assertThat(rules.check(man(LocalDate.of(1995, 1, 1)), woman(LocalDate.of(1997, 1, 1)), true, TODAY).crossProvince())
        .isFalse();
  }

  /** §3.1.3: the household registration decides, not where the identity number was first issued. */
  @Test
  void theHouseholdRegistrationNotTheIdentityNumberDecidesCrossProvince() {
    Partner bornInShandongNowInDaoli = new Partner("370102199501010011", true, LocalDate.of(1995, 1, 1),
        Optional.of("230102"), Optional.empty());
    assertThat(rules.check(bornInShandongNowInDaoli, woman(LocalDate.of(1997, 1, 1)), true, TODAY).crossProvince())
        .isFalse();
    Partner bornInHarbinNowInJilin = new Partner("230102199501010011", true, LocalDate.of(1995, 1, 1),
        Optional.empty(), Optional.of("吉林省"));
    assertThat(rules.check(bornInHarbinNowInJilin, woman(LocalDate.of(1997, 1, 1)), true, TODAY).crossProvince())
        .isTrue();
    Partner inQiqihar = new Partner("370102199501010011", true, LocalDate.of(1995, 1, 1), Optional.empty(),
        Optional.of("黑龙江省"));
    assertThat(rules.check(inQiqihar, woman(LocalDate.of(1997, 1, 1)), true, TODAY).crossProvince())
        .as("another city of Heilongjiang").isFalse();
  }

  @Test
  void twoMenCannotRegisterAMarriage() {
    assertThat(rules.check(man(LocalDate.of(1995, 1, 1)), man(LocalDate.of(1994, 1, 1)), true, TODAY)
        .ineligibilities()).extracting(Ineligibility::code).contains("NOT_A_COUPLE");
  }
}
