package cn.harbin.fertility.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  /** The example of GB 32100-2015 and codes of registered companies, as published. */
  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91440300708461136T", "9144030071526726XG", "91110000802100433b"})
  void publishedCodesAreValid(String code) {
    assertThat(UnifiedSocialCreditCode.parse(code)).hasValueSatisfying(valid ->
        assertThat(valid.value()).isEqualTo(code.toUpperCase()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M000100Y433", "9135010OM000100Y43",
      "91350100I000100Y43", "91350100M000100S43", "", "91350100M00010 Y43"})
  void aWrongCheckCharacterLengthOrCharacterIsRefused(String code) {
    assertThat(UnifiedSocialCreditCode.parse(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"52230102MJ000001", "91230103MA1A2B3C4"})
  void ofCompletesTheCheckCharacter(String first) {
    String first17 = (first + "00000000000000000").substring(0, 17);
    assertThat(UnifiedSocialCreditCode.parse(UnifiedSocialCreditCode.of(first17).value())).isPresent();
  }
}
