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
    String mother = IdentityNumber.of("230102", LocalDate.of(1990, 1, 1).plusDays(number / 498 % 3000),
        (number % 498) * 2 + 2).value();
    String father = IdentityNumber.of("230102", LocalDate.of(1988, 1, 1).plusDays(number / 498 % 3000),
        (number % 498) * 2 + 1).value();
    return """
        {"applicantName":"王芳","applicantIdNumber":"%s","applicantPhone":"13900451234",
         "applicantRelationship":"MOTHER","divisionCode":"230102","childName":"张小明","childIdNumber":"%s",
         "childBirthDate":"%s","birthOrder":2,"otherParentName":"张伟","otherParentIdNumber":"%s",
         "bankName":"中国工商银行哈尔滨道里支行","bankAccount":"6222020100010001001"}""".formatted(mother, child, born,
        father);
  }
}
