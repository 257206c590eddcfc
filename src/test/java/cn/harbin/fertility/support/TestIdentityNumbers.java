package cn.harbin.fertility.support;

import cn.harbin.fertility.common.IdentityNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, never repeated identity numbers for tests that share one database. */
public final class TestIdentityNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

  private TestIdentityNumbers() {}

  public static String of(String addressCode, LocalDate birthDate) {
    return of(addressCode, birthDate, SEQUENCE.getAndIncrement() % 1000);
  }

  /** A man's number (odd sequence) or a woman's (even). */
  public static String of(String addressCode, LocalDate birthDate, boolean male) {
    int sequence = SEQUENCE.getAndIncrement() % 500 * 2;
    return of(addressCode, birthDate, male ? sequence + 1 : sequence);
  }

  private static String of(String addressCode, LocalDate birthDate, int sequence) {
    String first17 = addressCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    String number = first17 + CHECK.charAt(sum % 11);
    return IdentityNumber.parse(number).orElseThrow().value();
  }
}
