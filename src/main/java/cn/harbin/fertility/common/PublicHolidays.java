package cn.harbin.fertility.common;

import cn.harbin.fertility.policy.WorkingDays;
import cn.harbin.fertility.policy.WorkingDays.DayKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * China's public holidays and make-up working days, from a table the operator keeps ({@code date,kind,source}, one
 * line per day a State Council notice lists; README "Working days"). Read again whenever the file has changed, so
 * next year's days take effect without a rebuild or a restart.
 */
@Component
public class PublicHolidays {

  private final Resource table;
  private long readVersion = Long.MIN_VALUE;
  private WorkingDays workingDays;

  public PublicHolidays(@Value("${harbin.calendar.holidays:classpath:calendar/china-public-holidays.csv}")
      Resource table) {
    this.table = table;
  }

  /** The working days as the table says now. */
  public synchronized WorkingDays workingDays() {
    long version = version();
    if (workingDays == null || version != readVersion) {
      workingDays = new WorkingDays(read());
      readVersion = version;
    }
    return workingDays;
  }

  private long version() {
    try {
      return table.isFile() ? table.lastModified() : 0L;
    } catch (IOException unreadable) {
      return 0L;
    }
  }

  private Map<LocalDate, DayKind> read() {
    Map<LocalDate, DayKind> days = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(table.getInputStream(),
        StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#") || text.startsWith("date,")) {
          continue;
        }
        String[] cells = text.split(",", 3);
        try {
          days.put(LocalDate.parse(cells[0].strip()), DayKind.valueOf(cells[1].strip()));
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException bad) {
          throw new IllegalStateException("holiday table " + table.getDescription() + ", line " + number
              + ": expected date,HOLIDAY|MAKE_UP_WORKING_DAY,source but found: " + text, bad);
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException("holiday table " + table.getDescription() + " cannot be read", unreadable);
    }
    return days;
  }
}
