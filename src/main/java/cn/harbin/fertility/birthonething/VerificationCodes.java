package cn.harbin.fertility.birthonething;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes of certificates: 16 characters drawn at random from 31 that cannot be mistaken for each other
 * when read from paper (no 0/O, 1/I/L), about 79 bits, so that a code cannot be guessed; typed in any case, with or
 * without the dashes and spaces of the printed form.
 */
final class VerificationCodes {

  static final int LENGTH = 16;
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final Pattern CANONICAL = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The stored form of what someone typed, or empty when it cannot be a code. */
  static Optional<String> canonical(String typed) {
    String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return CANONICAL.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }

  static String printed(String code) {
    return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
  }
}
