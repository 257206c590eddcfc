package cn.harbin.fertility.policy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.policy.HouseholdRegistrationCheck.Declared;
import cn.harbin.fertility.policy.HouseholdRegistrationCheck.Registered;
import cn.harbin.fertility.policy.HouseholdRegistrationCheck.Result;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HouseholdRegistrationCheckTest {

  private static final String MOTHER = "230102199204120124";
  private static final String FATHER = "230102199001030119";
  private static final Registered CHILD = new Registered("230102", FATHER, MOTHER, 2);
  private static final Registered MOTHERS_RECORD = new Registered("230102", null, null, null);

  private static HouseholdRegistrationCheck.Outcome check(Declared declared, Optional<Registered> child) {
    return HouseholdRegistrationCheck.compare(declared, child, Optional.of(MOTHERS_RECORD));
  }

  @Test
  void aParentWhoseDeclarationTheRegistryBearsOutMatches() {
    assertThat(check(new Declared("c", 2, MOTHER, false, "230102"), Optional.of(CHILD)).result()).isEqualTo(Result.MATCH);
  }

  @Test
  void noRecordOfTheChild() {
    assertThat(check(new Declared("c", 2, MOTHER, false, "230102"), Optional.empty()).result())
        .isEqualTo(Result.NO_RECORD);
  }

  @Test
  void anotherBirthOrderOrDivisionIsAMismatchThatSaysWhat() {
    HouseholdRegistrationCheck.Outcome outcome =
        check(new Declared("c", 3, MOTHER, false, "230103"), Optional.of(CHILD));
    assertThat(outcome.result()).isEqualTo(Result.MISMATCH);
    assertThat(outcome.findingsZh()).containsExactly("申报孩次为3，户籍登记为2", "申报户籍所在地为230103，户籍登记为230102");
  }

  @Test
  void aGuardianIsNeverTakenOnTrust() {
    HouseholdRegistrationCheck.Outcome outcome =
        check(new Declared("c", 2, "230102196002020027", true, "230102"), Optional.of(CHILD));
    assertThat(outcome.result()).isEqualTo(Result.MISMATCH);
    assertThat(outcome.findingsEn()).singleElement().asString().contains("guardian");
  }
}
