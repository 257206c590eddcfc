package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A month's enrolment report as CSV, uploaded or pasted into the portal's form: UTF-8 (a byte order mark is
 * allowed), the header {@code 身份证号码,姓名,入托起始日期,入托截止日期}, then one child per line with the days of
 * the month it was enrolled ({@code 2026-03-01}); blank lines are skipped. Every line is checked; one bad line refuses
 * the whole report, naming each bad line by its line number in the file (the header is line 1).
 */
public final class EnrolmentCsv {

  public static final List<String> HEADER = List.of("身份证号码", "姓名", "入托起始日期", "入托截止日期");
  public static final int MAX_CHILDREN = 1000;
  private static final int MAX_ERRORS_LISTED = 50;

  private EnrolmentCsv() {}

  public static List<EnrolledChild> read(String csv, YearMonth month) {
    List<CSVRecord> rows = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()
        .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
      for (CSVRecord row : parser) {
        rows.add(row);
        lines.add(parser.getCurrentLineNumber());
      }
    } catch (IOException | UncheckedIOException unreadable) {
      throw refused("名单不是有效的CSV（请检查引号是否成对）", "The list is not valid CSV (check that quotes pair up)");
    }
    if (rows.isEmpty() || !rows.get(0).toList().equals(HEADER)) {
      throw refused("第1行应为表头：" + String.join(",", HEADER), "Line 1 must be the header " + String.join(",", HEADER));
    }
    if (rows.size() - 1 > MAX_CHILDREN) {
      throw refused("一份名单最多" + MAX_CHILDREN + "名儿童", "A report has at most " + MAX_CHILDREN + " children");
    }
    List<EnrolledChild> children = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    Map<String, Long> firstLineOf = new HashMap<>();
    for (int index = 1; index < rows.size(); index++) {
      CSVRecord row = rows.get(index);
      long line = lines.get(index);
      List<String[]> problems = problems(row, month);
      Optional<IdentityNumber> id = row.size() == HEADER.size() ? IdentityNumber.parse(row.get(0)) : Optional.empty();
      if (id.isPresent() && firstLineOf.putIfAbsent(id.get().value(), line) != null) {
        problems.add(new String[] {"与第" + firstLineOf.get(id.get().value()) + "行是同一名儿童",
            "the same child as line " + firstLineOf.get(id.get().value())});
      }
      if (!problems.isEmpty()) {
        if (errors.size() < MAX_ERRORS_LISTED) {
          errors.add(new FieldError("children", "第" + line + "行："
                  + String.join("；", problems.stream().map(problem -> problem[0]).toList()),
              "Line " + line + ": " + String.join("; ", problems.stream().map(problem -> problem[1]).toList())));
        }
        continue;
      }
      children.add(new EnrolledChild((int) line, id.orElseThrow().value(), row.get(1).strip(),
          LocalDate.parse(row.get(2)), LocalDate.parse(row.get(3))));
    }
    InvalidRequestException.throwIfAny(errors);
    return children;
  }

  /** What is wrong with one line, in Chinese and English. */
  private static List<String[]> problems(CSVRecord row, YearMonth month) {
    List<String[]> problems = new ArrayList<>();
    if (row.size() != HEADER.size()) {
      problems.add(new String[] {"应有" + HEADER.size() + "列", "must have " + HEADER.size() + " columns"});
      return problems;
    }
    Optional<IdentityNumber> id = IdentityNumber.parse(row.get(0));
    if (id.isEmpty()) {
      problems.add(new String[] {"身份证号码不正确", "the identity number is not valid"});
    }
    FieldChecks name = new FieldChecks();
    name.name("name", row.get(1), "姓名", "the name");
    name.errors().forEach(error -> problems.add(new String[] {error.messageZh(), error.messageEn()}));
    Optional<LocalDate> from = date(row.get(2));
    Optional<LocalDate> to = date(row.get(3));
    if (from.isEmpty() || to.isEmpty()) {
      problems.add(new String[] {"日期应为 YYYY-MM-DD", "dates must be YYYY-MM-DD"});
    } else if (!YearMonth.from(from.get()).equals(month) || !YearMonth.from(to.get()).equals(month)) {
      problems.add(new String[] {"入托日期应在" + month + "月内", "the days must lie in " + month});
    } else if (from.get().isAfter(to.get())) {
      problems.add(new String[] {"入托起始日期晚于截止日期", "the first day is after the last"});
    } else if (id.isPresent() && id.get().birthDate().isAfter(to.get())) {
      problems.add(new String[] {"身份证号码中的出生日期晚于入托日期", "the child was born after the days enrolled"});
    }
    return problems;
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }

  private static InvalidRequestException refused(String messageZh, String messageEn) {
    return new InvalidRequestException(List.of(new FieldError("children", messageZh, messageEn)));
  }
}
