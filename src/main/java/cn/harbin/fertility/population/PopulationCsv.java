package cn.harbin.fertility.population;

import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads household registration records from CSV, as exported by the police's population system:
 * {@code id_number,name,division_code,father_id_number,mother_id_number,birth_order,birth_date} with a header line,
 * UTF-8. Every line is checked; one bad line refuses the whole file, naming each bad line.
 */
public final class PopulationCsv {

  static final String[] HEADER = {
      "id_number", "name", "division_code", "father_id_number", "mother_id_number", "birth_order", "birth_date"};

  private PopulationCsv() {}

  public static List<PopulationRecord> read(Reader csv, String source) throws IOException {
    List<PopulationRecord> records = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    // The first line is read as it is (blank or repeated cells included) and then compared with the header.
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
    CSVParser rows = format.parse(withoutByteOrderMark(csv));
    if (!rows.getHeaderNames().equals(List.of(HEADER))) {
      String expected = String.join(",", HEADER);
      throw new InvalidRequestException(List.of(new FieldError("line 1", "第1行应为表头 " + expected,
          "line 1 must be the header " + expected)));
    }
    for (CSVRecord row : rows) {
      String line = "line " + (row.getRecordNumber() + 1);
      if (row.size() != HEADER.length) {
        errors.add(new FieldError(line, "第" + (row.getRecordNumber() + 1) + "行应有" + HEADER.length + "列",
            line + " must have " + HEADER.length + " columns"));
        continue;
      }
      Optional<IdentityNumber> id = IdentityNumber.parse(row.get("id_number"));
      Optional<LocalDate> birthDate = date(row.get("birth_date"));
      List<String> problems = new ArrayList<>();
      if (id.isEmpty()) {
        problems.add("身份证号码无效 / invalid id_number");
      }
      // The name as an applicant's is checked (no formula or markup): it reaches task forms and exported files.
      FieldChecks name = new FieldChecks();
      name.name("name", row.get("name"), "姓名", "name");
      name.errors().forEach(error -> problems.add(error.messageZh() + " / " + error.messageEn()));
      if (!row.get("division_code").matches("\\d{6}")) {
        problems.add("区划代码应为6位数字 / division_code must be 6 digits");
      }
      for (String parent : List.of("father_id_number", "mother_id_number")) {
        if (!row.get(parent).isBlank() && IdentityNumber.parse(row.get(parent)).isEmpty()) {
          problems.add(parent + " 无效 / invalid " + parent);
        }
      }
      if (!row.get("birth_order").isBlank() && !row.get("birth_order").matches("[1-9]\\d?")) {
        problems.add("孩次应为正整数 / birth_order must be a positive whole number");
      }
      if (birthDate.isEmpty() || id.isPresent() && !id.get().birthDate().equals(birthDate.get())) {
        problems.add("出生日期无效或与身份证号码不一致 / birth_date invalid or not the one in id_number");
      }
      if (!problems.isEmpty()) {
        errors.add(new FieldError(line, "第" + (row.getRecordNumber() + 1) + "行：" + String.join("；", problems),
            line + ": " + String.join("; ", problems)));
        continue;
      }
      records.add(new PopulationRecord(id.get().value(), row.get("name"), row.get("division_code"),
          blankToNull(row.get("father_id_number")), blankToNull(row.get("mother_id_number")),
          row.get("birth_order").isBlank() ? null : Integer.valueOf(row.get("birth_order")), birthDate.get(), source));
    }
    InvalidRequestException.throwIfAny(errors);
    return records;
  }

  /** A file saved by Excel as "CSV UTF-8" starts with a byte order mark, which is not part of its header. */
  private static Reader withoutByteOrderMark(Reader csv) throws IOException {
    Reader reader = csv.markSupported() ? csv : new BufferedReader(csv);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException invalid) {
      return Optional.empty();
    }
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : IdentityNumber.parse(text).orElseThrow().value();
  }
}
