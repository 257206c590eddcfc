package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.population.PopulationRecord;
import cn.harbin.fertility.support.TestIdentityNumbers;
import java.time.LocalDate;
import java.util.List;

/** A Harbin family with fresh identity numbers, and the application its mother makes for a child. */
public record TestFamily(String mother, String father, String child, LocalDate childBirthDate, int birthOrder,
    String divisionCode) {

  public static TestFamily of(String divisionCode, LocalDate childBirthDate, int birthOrder) {
    return new TestFamily(TestIdentityNumbers.of(divisionCode, LocalDate.of(1992, 4, 12)),
        TestIdentityNumbers.of(divisionCode, LocalDate.of(1990, 1, 3)),
        TestIdentityNumbers.of(divisionCode, childBirthDate), childBirthDate, birthOrder, divisionCode);
  }

  /** The family as the population registry has it, with the given registered birth order. */
  public TestFamily registerIn(JdbcPopulationRegistry registry, int registeredBirthOrder) {
    registry.saveAll(List.of(
        new PopulationRecord(mother, "王芳", divisionCode, null, null, null, LocalDate.of(1992, 4, 12), "TEST"),
        new PopulationRecord(father, "张伟", divisionCode, null, null, null, LocalDate.of(1990, 1, 3), "TEST"),
        new PopulationRecord(child, "张小明", divisionCode, father, mother, registeredBirthOrder, childBirthDate, "TEST")));
    return this;
  }

  public ChildcareSubsidyApplication application() {
    return application("13800451234");
  }

  /** The mother's application with her own mobile number. */
  public ChildcareSubsidyApplication application(String mothersPhone) {
    return new ChildcareSubsidyApplication("王芳", mother, mothersPhone, "MOTHER", divisionCode, "张小明", child,
        childBirthDate, birthOrder, "张伟", father, "中国工商银行哈尔滨分行", "6222021234567890123");
  }
}
