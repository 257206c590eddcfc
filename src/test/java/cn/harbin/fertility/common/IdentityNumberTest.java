package cn.harbin.fertility.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumberTest {

  @Test
  void acceptsTheExamplesOfTheStandard() {
    assertThat(IdentityNumber.parse("11010519491231002X")).hasValueSatisfying(number -> {
      assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
      assertThat(number.addressCode()).isEqualTo("110105");
      assertThat(number.male()).isFalse();
    });
    assertThat(IdentityNumber.parse("440524188001010014")).hasValueSatisfying(number -> {
      assertThat(number.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
      assertThat(number.male()).isTrue();
    });
  }

  @Test
  void acceptsALowerCaseCheckCharacterAndSurroundingBlanks() {
    assertThat(IdentityNumber.parse(" 11010519491231002x ")).map(IdentityNumber::value)
        .contains("11010519491231002X");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "110105194912310021", // wrong check character
      "11010519491231002", // 17 characters
      "11010519491231002XX", // 19 characters
      "1101051949123100X2", // X not at the end
      "230102202302290012", // 29 February 2023 does not exist (checksum correct)
      "230102202313010012"}) // month 13 (checksum correct)
  void refusesWhatIsNotAValidNumber(String text) {
    assertThat(IdentityNumber.parse(text)).isEmpty();
  }

  @Test
  void masksAllButTheFirstFourAndLastFourCharacters() {
    IdentityNumber number = IdentityNumber.parse("11010519491231002X").orElseThrow();
    assertThat(number.masked()).isEqualTo("1101**********002X");
    assertThat(number.toString()).isEqualTo(number.masked());
  }
}
