package cn.harbin.fertility.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident identity number (居民身份证号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd for men), check character. Only valid numbers can be constructed.
 */
public final class IdentityNumber {

  /** Nobody alive was born earlier: a birth date before it in a number or a form is a typing error. */
  public static final LocalDate PLAUSIBLE_BIRTH_DATES_FROM = LocalDate.of(1900, 1, 1);

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private final String value;
  private final LocalDate birthDate;

  private IdentityNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /** @return the number, or empty when it is not a valid GB 11643 number; a lower-case x is accepted */
  public static Optional<IdentityNumber> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String candidate = text.strip().toUpperCase(Locale.ROOT);
    if (!candidate.matches("\\d{17}[\\dX]") || candidate.charAt(17) != checkCharacter(candidate)) {
      return Optional.empty();
    }
    try {
      LocalDate birthDate = LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
          Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
      return Optional.of(new IdentityNumber(candidate, birthDate));
    } catch (DateTimeException impossibleDate) {
      return Optional.empty();
    }
  }

  /** A valid number for a person born on that day in that division (demo data and tests). */
  public static IdentityNumber of(String addressCode, LocalDate birthDate, int sequence) {
    String first17 = addressCode + birthDate.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", sequence);
    return parse(first17 + checkCharacter(first17)).orElseThrow();
  }

  private static char checkCharacter(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  public String value() {
    return value;
  }

  /** The 6-digit administrative division code of the place of first registration. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public boolean male() {
    return (value.charAt(16) - '0') % 2 == 1;
  }

  /** For logs, lists and the portal: {@code 2301**********123X}. */
  public String masked() {
    return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdentityNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** Masked, so that an identity number never reaches a log in full by accident. */
  @Override
  public String toString() {
    return masked();
  }
}
