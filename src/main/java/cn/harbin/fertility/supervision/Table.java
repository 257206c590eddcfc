package cn.harbin.fertility.supervision;

import java.util.List;

/**
 * One table of the dashboard or the report, as the page shows it and the CSV and XLSX downloads write it.
 *
 * @param id the name of its downloads, e.g. {@code backlog}
 * @param rows each row's cells (text, whole numbers or amounts), and the list of cases behind the row, if any
 */
public record Table(String id, String title, List<String> headers, List<Row> rows) {

  /** @param casesUrl the drill-down to the cases behind the row; null where there is none */
  public record Row(List<Object> cells, String casesUrl) {}
}
