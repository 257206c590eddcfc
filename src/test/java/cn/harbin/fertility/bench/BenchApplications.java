package cn.harbin.fertility.bench;

import cn.harbin.fertility.common.IdentityNumber;
import java.time.LocalDate;

/** The benchmarks' childcare subsidy applications: a new child of a 道里区 family for every number. */
final class BenchApplications {

  private BenchApplications() {}

  /** The JSON body of application {@code number}, its child born within {@code days} of {@code firstBirth}. */
  static String childcare(int number, LocalDate firstBirth, int days) {
    LocalDate born = firstBirth.plusDays(number / 998 % days);
    String child = IdentityNumber.of("230102", born, number % 998 + 1).value();
    String mother = person("230102", LocalDate.of(1990, 1, 1), number, false);
    String father = person("230102", LocalDate.of(1988, 1, 1), number, true);
    return """
        {"applicantName":"王芳","applicantIdNumber":"%s","applicantPhone":"13900451234",
         "applicantRelationship":"MOTHER","divisionCode":"230102","childName":"张小明","childIdNumber":"%s",
         "childBirthDate":"%s","birthOrder":2,"otherParentName":"张伟","otherParentIdNumber":"%s",
         "bankName":"中国工商银行哈尔滨道里支行","bankAccount":"6222020100010001001"}""".formatted(mother, child, born,
        father);
  }

  /** Person n of a kind: 499 a day from {@code from}, men odd, women even, as the identity number says. */
  static String person(String division, LocalDate from, int n, boolean male) {
    return IdentityNumber.of(division, from.plusDays(n / 499), n % 499 * 2 + (male ? 1 : 2)).value();
  }
}
