package cn.harbin.fertility.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

class PublicHolidaysTest {

  @Test
  void theShippedTableHasTheNoticesOf2025And2026() {
    PublicHolidays shipped = new PublicHolidays(new ClassPathResource("calendar/china-public-holidays.csv"));
    assertThat(shipped.workingDays().isWorkingDay(LocalDate.of(2025, 1, 28))).as("Spring Festival 2025").isFalse();
    assertThat(shipped.workingDays().isWorkingDay(LocalDate.of(2025, 2, 8))).as("its make-up Saturday").isTrue();
    assertThat(shipped.workingDays().isWorkingDay(LocalDate.of(2026, 10, 7))).as("National Day 2026").isFalse();
    assertThat(shipped.workingDays().isWorkingDay(LocalDate.of(2026, 10, 10))).as("its make-up Saturday").isTrue();
  }

  @Test
  void nextYearsDaysCountAsSoonAsTheOperatorHasSavedThem(@TempDir Path directory) throws IOException {
    Path table = directory.resolve("holidays.csv");
    Files.writeString(table, "date,kind,source\n2027-01-01,HOLIDAY,test\n");
    Files.setLastModifiedTime(table, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
    PublicHolidays holidays = new PublicHolidays(new FileSystemResource(table));
    assertThat(holidays.workingDays().isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(holidays.workingDays().isWorkingDay(LocalDate.of(2027, 2, 6))).isFalse();

    Files.writeString(table, "date,kind,source\n2027-01-01,HOLIDAY,test\n2027-02-06,MAKE_UP_WORKING_DAY,test\n");
    Files.setLastModifiedTime(table, FileTime.from(Instant.parse("2026-11-20T00:00:00Z")));
    assertThat(holidays.workingDays().isWorkingDay(LocalDate.of(2027, 2, 6))).as("a Saturday now worked").isTrue();
  }

  @Test
  void aBadLineIsNamed(@TempDir Path directory) throws IOException {
    Path table = directory.resolve("holidays.csv");
    Files.writeString(table, "date,kind,source\n2027-01-01,HOLIDAY,test\n2027-13-01,HOLIDAY,test\n");
    assertThatThrownBy(() -> new PublicHolidays(new FileSystemResource(table)).workingDays())
        .hasMessageContaining("line 3").hasMessageContaining("2027-13-01");
  }
}
