package cn.harbin.fertility.birthonething;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

  @Test
  void aCodeIsTypedInAnyCaseWithOrWithoutItsDashes() {
    assertThat(VerificationCodes.canonical("7kq2-m9xd-4hwt-r8pb")).hasValue("7KQ2M9XD4HWTR8PB");
    assertThat(VerificationCodes.canonical(" 7KQ2 M9XD 4HWT R8PB ")).hasValue("7KQ2M9XD4HWTR8PB");
    assertThat(VerificationCodes.printed("7KQ2M9XD4HWTR8PB")).isEqualTo("7KQ2-M9XD-4HWT-R8PB");
  }

  @Test
  void whatCannotBeACodeIsRefusedBeforeAnyLookup() {
    assertThat(VerificationCodes.canonical(null)).isEmpty();
    assertThat(VerificationCodes.canonical("7KQ2-M9XD-4HWT-R8P")).as("15 characters").isEmpty();
    assertThat(VerificationCodes.canonical("7KQ2-M9XD-4HWT-R8PBB")).as("17 characters").isEmpty();
    assertThat(VerificationCodes.canonical("0KQ2-M9XD-4HWT-R8PB")).as("0 is never printed").isEmpty();
    assertThat(VerificationCodes.canonical("IKQ2-M9XD-4HWT-R8PB")).as("nor I").isEmpty();
    assertThat(VerificationCodes.canonical("7KQ2-M9XD-4HWT-R8P%")).isEmpty();
  }

  @Test
  void newCodesAreReadableAndDoNotRepeat() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCodes.next();
      assertThat(VerificationCodes.canonical(code)).hasValue(code);
      codes.add(code);
    }
    assertThat(codes).hasSize(10_000);
  }
}
