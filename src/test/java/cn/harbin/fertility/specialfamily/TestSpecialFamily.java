package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.support.TestIdentityNumbers;
import java.time.LocalDate;
import java.util.List;

/** Families for special-family tests, with fresh identity numbers. */
final class TestSpecialFamily {

  private TestSpecialFamily() {}

  /** An urban couple of 61 and 63 whose only child died; the father is partly disabled. */
  static SpecialFamilyApplication bereaved(String divisionCode, List<String> services) {
    return bereaved(divisionCode, services, LocalDate.of(1965, 3, 3));
  }

  /** The same couple, the mother born on that day. */
  static SpecialFamilyApplication bereaved(String divisionCode, List<String> services, LocalDate motherBorn) {
    String mother = TestIdentityNumbers.of(divisionCode, motherBorn, false);
    String father = TestIdentityNumbers.of(divisionCode, LocalDate.of(1963, 4, 4), true);
    return new SpecialFamilyApplication("赵淑兰", mother, "13945100001", divisionCode, "URBAN",
        List.of(new SpecialFamilyApplication.ParentEntry("赵淑兰", mother, "NONE"),
            new SpecialFamilyApplication.ParentEntry("钱国强", father, "PARTIAL")),
        List.of(new SpecialFamilyApplication.ChildEntry("钱明", null, LocalDate.of(1990, 6, 6), "MALE", false, null, false)),
        services, "中国建设银行哈尔滨分行", "6217000100090009009");
  }

  /** A young urban couple with two living children: no scheme of §3.5 is theirs. */
  static SpecialFamilyApplication ordinary(String divisionCode) {
    String mother = TestIdentityNumbers.of(divisionCode, LocalDate.of(1990, 3, 3), false);
    String father = TestIdentityNumbers.of(divisionCode, LocalDate.of(1989, 4, 4), true);
    return new SpecialFamilyApplication("孙丽", mother, "13945100002", divisionCode, "URBAN",
        List.of(new SpecialFamilyApplication.ParentEntry("孙丽", mother, null),
            new SpecialFamilyApplication.ParentEntry("周伟", father, null)),
        List.of(new SpecialFamilyApplication.ChildEntry("周一", null, LocalDate.of(2015, 6, 6), "MALE", true, null, false),
            new SpecialFamilyApplication.ChildEntry("周二", null, LocalDate.of(2019, 6, 6), "FEMALE", true, null, false)),
        List.of(), "中国银行", "6217000100090009010");
  }
}
