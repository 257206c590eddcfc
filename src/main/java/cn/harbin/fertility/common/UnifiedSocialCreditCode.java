package cn.harbin.fertility.common;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's unified social credit code (统一社会信用代码, GB 32100-2015): registration authority, organisation
 * type, 6-digit division code, 9-character organisation code, and a check character over the first 17. Its 31
 * characters leave out I, O, S, V and Z. Only valid codes can be constructed.
 */
public final class UnifiedSocialCreditCode {

  private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private final String value;

  private UnifiedSocialCreditCode(String value) {
    this.value = value;
  }

  /** @return the code, or empty when it is not a valid GB 32100 code; lower case is accepted */
  public static Optional<UnifiedSocialCreditCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String candidate = text.strip().toUpperCase(Locale.ROOT);
    if (!candidate.matches("[" + CHARACTERS + "]{18}") || candidate.charAt(17) != checkCharacter(candidate)) {
      return Optional.empty();
    }
    return Optional.of(new UnifiedSocialCreditCode(candidate));
  }

  /** A valid code from its first 17 characters (demo data and tests). */
  public static UnifiedSocialCreditCode of(String first17) {
    return parse(first17 + checkCharacter(first17)).orElseThrow();
  }

  private static char checkCharacter(String code) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    return CHARACTERS.charAt((31 - sum % 31) % 31);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnifiedSocialCreditCode that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
