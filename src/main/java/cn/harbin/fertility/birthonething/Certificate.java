package cn.harbin.fertility.birthonething;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as the bureau issued it: what it certifies, to whom (identity numbers masked), by whom and when. Its
 * verification code, printed on it, is the key by which anyone holding a copy can have it confirmed.
 */
public record Certificate(String verificationCode, String applicationNumber, String scheme, String clause,
    String titleZh, String titleEn, String statementZh, String statementEn, List<Parent> parents, String childName,
    LocalDate childBirthDate, int birthOrder, String issuerZh, String issuerEn, Instant issuedAt) {

  /** A parent named on the certificate. */
  public record Parent(String name, String maskedIdNumber) {}

  /** The code as printed and typed: four groups of four, {@code 7KQ2-M9XD-…}. */
  public String printedCode() {
    return VerificationCodes.printed(verificationCode);
  }
}
