package cn.harbin.fertility.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolmentCsvTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);
  private static final String HEADER = "身份证号码,姓名,入托起始日期,入托截止日期\n";
  private static final String CHILD = IdentityNumber.of("230102", LocalDate.of(2024, 5, 5), 17).value();
  private static final String OTHER = IdentityNumber.of("230103", LocalDate.of(2025, 1, 9), 22).value();

  private static String child(int sequence) {
    return IdentityNumber.of("230104", LocalDate.of(2025, 2, 2), sequence).value();
  }

  private static List<String> errors(String csv) {
    try {
      EnrolmentCsv.read(csv, MARCH);
    } catch (InvalidRequestException refused) {
      return refused.errors().stream().map(FieldError::messageZh).toList();
    }
    throw new AssertionError("accepted: " + csv);
  }

  @Test
  void eachChildWithItsDaysOfTheMonthAndItsLineInTheFile() {
    List<EnrolledChild> children = EnrolmentCsv.read("\uFEFF" + HEADER + CHILD + ",小明,2026-03-01,2026-03-31\n\n"
        + OTHER.toLowerCase() + ", 小红 ,2026-03-16,2026-03-16\n", MARCH);
    assertThat(children).containsExactly(
        new EnrolledChild(2, CHILD, "小明", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
        new EnrolledChild(4, OTHER, "小红", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16)));
    assertThat(EnrolmentCsv.read(HEADER, MARCH)).as("a month without children").isEmpty();
  }

  @Test
  void everyBadLineIsNamedByItsLineNumber() {
    assertThat(errors(HEADER
        + CHILD + ",小明,2026-03-01,2026-03-31\n"
        + "230102202405050000,小红,2026-03-01,2026-03-31\n"
        + child(3) + ",小刚,2026-02-28,2026-03-31\n"
        + child(4) + ",小刚,2026-03-20,2026-03-10\n"
        + CHILD + ",小明,2026-03-01,2026-03-31\n"
        + child(6) + ",=cmd|' /C calc'!A0,2026-03-01,2026-03-31\n"
        + child(7) + ",小刚,2026-03-01\n"
        + child(8) + ",小刚,3/1/2026,2026-03-31\n"
        + IdentityNumber.of("230104", LocalDate.of(2026, 3, 20), 9).value() + ",小芳,2026-03-01,2026-03-10\n"))
        .containsExactly("第3行：身份证号码不正确", "第4行：入托日期应在2026-03月内", "第5行：入托起始日期晚于截止日期",
            "第6行：与第2行是同一名儿童", "第7行：姓名只能包含汉字、字母、数字、间隔号、空格和括号", "第8行：应有4列",
            "第9行：日期应为 YYYY-MM-DD", "第10行：身份证号码中的出生日期晚于入托日期");
  }

  @Test
  void aFileWithoutTheHeaderOrWithTooManyChildrenIsRefusedAsAWhole() {
    assertThat(errors(CHILD + ",小明,2026-03-01,2026-03-31\n")).singleElement().asString().startsWith("第1行应为表头");
    assertThat(errors("")).singleElement().asString().startsWith("第1行应为表头");
    StringBuilder many = new StringBuilder(HEADER);
    for (int child = 0; child <= EnrolmentCsv.MAX_CHILDREN; child++) {
      many.append(IdentityNumber.of("230102", LocalDate.of(2024, 1, 1).plusDays(child / 900), child % 900 + 1)
          .value()).append(",小明,2026-03-01,2026-03-31\n");
    }
    assertThatThrownBy(() -> EnrolmentCsv.read(many.toString(), MARCH)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("最多1000名儿童");
  }
}
