package cn.harbin.fertility.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as files: CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese) and XLSX (Apache POI), one
 * sheet per table. Text a spreadsheet would take for a formula is written as text.
 */
final class TableExports {

  private TableExports() {}

  static byte[] csv(Table table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
      csv.printRecord(table.headers());
      for (Table.Row row : table.rows()) {
        csv.printRecord(row.cells().stream().map(cell -> cell instanceof Number ? cell : text(cell)).toList());
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return bytes.toByteArray();
  }

  /** @param sheets sheet name → table, in order */
  static byte[] xlsx(List<Sheet> sheets) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Sheet sheet : sheets) {
        org.apache.poi.ss.usermodel.Sheet target = workbook.createSheet(sheet.name());
        int rowIndex = 0;
        for (Table table : sheet.tables()) {
          Row title = target.createRow(rowIndex++);
          title.createCell(0).setCellValue(table.title());
          title.getCell(0).setCellStyle(bold);
          write(target.createRow(rowIndex++), table.headers().stream().map(Object.class::cast).toList(), bold);
          for (Table.Row row : table.rows()) {
            write(target.createRow(rowIndex++), row.cells(), null);
          }
          rowIndex++;
        }
        for (int column = 0; column < 8; column++) {
          target.setColumnWidth(column, 18 * 256);
        }
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** One sheet of a workbook: its name and the tables on it, one below the other. */
  record Sheet(String name, List<Table> tables) {}

  private static void write(Row row, List<Object> cells, CellStyle style) {
    for (int column = 0; column < cells.size(); column++) {
      Cell cell = row.createCell(column);
      Object value = cells.get(column);
      if (value instanceof BigDecimal amount) {
        cell.setCellValue(amount.doubleValue());
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(value == null ? "" : value.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  private static String text(Object value) {
    String text = value == null ? "" : value.toString();
    return text.matches("(?s)[=+\\-@\t\r].*") ? "'" + text : text;
  }
}
