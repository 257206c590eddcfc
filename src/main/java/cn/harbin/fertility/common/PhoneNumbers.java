package cn.harbin.fertility.common;

/** Mobile numbers as the portal and the logs show them: never in full. */
public final class PhoneNumbers {

  private PhoneNumbers() {}

  /** {@code 13904510001} → {@code 139****0001}; anything shorter is hidden entirely. */
  public static String masked(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.strip();
    return digits.length() < 8 ? "****" : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
  }
}
