package cn.harbin.fertility.supervision;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.TimeConfiguration;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The supervisors' dashboard, the cases behind its figures, its tables as files, and the annual district report. */
@Controller
class SupervisionController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DashboardTables tables;
  private final SupervisionFigures figures;
  private final SupervisionCases cases;
  private final AnnualDistrictReport report;

  SupervisionController(DashboardTables tables, SupervisionFigures figures, SupervisionCases cases,
      AnnualDistrictReport report) {
    this.tables = tables;
    this.figures = figures;
    this.cases = cases;
    this.report = report;
  }

  @GetMapping("/supervision/sign-in")
  String signIn() {
    return "supervision/sign-in";
  }

  @GetMapping({"/supervision", "/supervision/"})
  String dashboard(@RequestParam Map<String, String> parameters, Model model) throws JsonProcessingException {
    SupervisionFilter filter = filter(parameters);
    model.addAttribute("filter", filter);
    model.addAttribute("query", query(filter));
    model.addAttribute("tables", tables.all(filter));
    model.addAttribute("caseTypes", Map.of("childcare-subsidy", "育儿补贴", "special-family-assistance", "计划生育家庭扶助",
        "marriage-birth-one-stop", "婚育一站式服务", "birth-one-thing", "新生儿出生一件事", "nursery-recognition", "普惠托育机构认定",
        "nursery-operating-subsidy", "普惠托育月度名单"));
    model.addAttribute("divisions", Arrays.asList(HarbinDivision.values()));
    model.addAttribute("flowChart", JSON.writeValueAsString(figures.flow(filter).stream()
        .map(week -> List.of(week.monday().toString(), week.started(), week.finished())).toList()));
    model.addAttribute("thisYear", LocalDate.now(TimeConfiguration.HARBIN).getYear());
    return "supervision/dashboard";
  }

  @GetMapping("/supervision/cases")
  String cases(@RequestParam Map<String, String> parameters, Model model) {
    SupervisionFilter filter = filter(parameters);
    model.addAttribute("filter", filter);
    model.addAttribute("cases", cases.find(new SupervisionCases.Query(filter, blankToNull(parameters.get("openAt")),
        blankToNull(parameters.get("status")), "true".equals(parameters.get("decided")),
        blankToNull(parameters.get("scheme")), blankToNull(parameters.get("period")),
        "true".equals(parameters.get("owed")))));
    model.addAttribute("limit", SupervisionCases.LIMIT);
    return "supervision/cases";
  }

  @GetMapping("/supervision/tables/{id}.csv")
  ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam Map<String, String> parameters) {
    return download(TableExports.csv(tables.table(id, filter(parameters))), id + ".csv",
        new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
  }

  @GetMapping("/supervision/tables/{id}.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable String id, @RequestParam Map<String, String> parameters) {
    Table table = tables.table(id, filter(parameters));
    return download(TableExports.xlsx(List.of(new TableExports.Sheet(id, List.of(table)))), id + ".xlsx", XLSX);
  }

  @GetMapping("/supervision/report/{year}.xlsx")
  ResponseEntity<byte[]> report(@PathVariable int year) {
    return download(report.xlsx(year), "区县人口工作年度报告-" + year + ".xlsx", XLSX);
  }

  private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(content);
  }

  /** The filter of the query string; what cannot be read falls back to the default (last 12 weeks, everything). */
  static SupervisionFilter filter(Map<String, String> parameters) {
    SupervisionFilter defaults = SupervisionFilter.defaults(LocalDate.now(TimeConfiguration.HARBIN));
    LocalDate from = date(parameters.get("from"), defaults.from());
    LocalDate to = date(parameters.get("to"), defaults.to());
    if (from.isAfter(to)) {
      LocalDate swap = from;
      from = to;
      to = swap;
    }
    String division = blankToNull(parameters.get("division"));
    String caseType = blankToNull(parameters.get("caseType"));
    return new SupervisionFilter(from, to, caseType != null && DashboardTables.CASE_TYPES.containsKey(caseType) ? caseType : null,
        division != null && HarbinDivision.ofCode(division).isPresent() ? division : null);
  }

  /** The filter as a query string, for the download links. */
  private static String query(SupervisionFilter filter) {
    return DashboardTables.filtered(UriComponentsBuilder.newInstance(), filter).build().encode().toUriString();
  }

  private static LocalDate date(String text, LocalDate otherwise) {
    try {
      return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.strip());
    } catch (DateTimeParseException unreadable) {
      return otherwise;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
