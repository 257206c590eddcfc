package cn.harbin.fertility.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisors' figures against a seeded year (2011, which no other test touches) whose expected values are
 * computed here from the seed — counts, sums, and percentiles by linear interpolation — not by the dashboard's
 * queries: each table's CSV, the annual report's cells, the cases behind a figure, who may see it, and the
 * Prometheus gauges. The database variants run it on H2 and on PostgreSQL.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class SupervisionDashboardContract {

  static final String WUCHANG = "230184";
  static final String SHANGZHI = "230183";
  static final String RANGE = "?from=2011-01-01&to=2011-12-31";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired SupervisionMetrics metrics;
  @Autowired cn.harbin.fertility.nursery.TestNurseries nurseries;
  @Autowired cn.harbin.fertility.nursery.NurseryReportSubmissions nurseryReports;
  @Autowired cn.harbin.fertility.population.JdbcPopulationRegistry registry;

  SupervisionSeed seed;
  String supervisor;

  @BeforeEach
  void seedTheYear() {
    supervisor = staffOf("supervisors");
    if (seed != null) {
      return;
    }
    seed = new SupervisionSeed(jdbc);
    LocalDateTime start = LocalDateTime.of(2011, 3, 7, 9, 0);
    long[] handlingHours = {5, 30, 48, 100, 240, 7};
    for (int i = 0; i < handlingHours.length; i++) {
      String division = i % 3 == 0 ? SHANGZHI : WUCHANG;
      String status = i == 1 ? "REJECTED" : i == 4 ? "WITHDRAWN" : "GRANTED";
      var application = seed.application("childcare-subsidy", division, status,
          status.equals("REJECTED") ? "不是按政策生育的第二个子女" : null, start.plusDays(i * 3L),
          start.plusDays(i * 3L).plusHours(handlingHours[i]));
      seed.task(application, "Task_DistrictReview", "区卫健局审核", "district-health-" + division, application.received(),
          i % 2 == 0 ? application.received().plusHours(1) : null, application.decided(),
          application.received().plusDays(15));
      if (status.equals("GRANTED")) {
        seed.payment(application, "childcare-subsidy", "2011-0" + (4 + i % 2), new BigDecimal("500.00"), i != 2);
      }
    }
    var open = seed.application("special-family-assistance", WUCHANG, "RECEIVED", null, start.plusDays(40), null);
    var late = seed.task(open, "Task_StreetReview", "乡镇（街道）审核", "street-" + WUCHANG, open.received(), null, null,
        open.received().plusDays(15));
    seed.escalation(late);
    seed.application("marriage-birth-one-stop", WUCHANG, "CLOSED", null, start.plusDays(2), start.plusDays(40));
  }

  private String staffOf(String group) {
    String id = "st" + ThreadLocalRandom.current().nextInt(1_000_000);
    User user = identityService.newUser(id);
    user.setPassword("staff-secret");
    identityService.saveUser(user);
    identityService.createMembership(id, group);
    return id;
  }

  private List<List<String>> csv(String table, String query) throws IOException {
    ResponseEntity<byte[]> answer = rest.withBasicAuth(supervisor, "staff-secret")
        .getForEntity("/supervision/tables/" + table + ".csv" + query, byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text = new String(answer.getBody(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : CSVFormat.DEFAULT.parse(new InputStreamReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
      rows.add(record.toList());
    }
    return rows.subList(1, rows.size());
  }

  /** PERCENTILE_CONT: linear interpolation between the two nearest ranks. */
  static double percentile(List<Long> values, double p) {
    List<Long> sorted = values.stream().sorted().toList();
    double rank = p * (sorted.size() - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
  }

  static String days(double seconds) {
    return BigDecimal.valueOf(seconds / 86_400).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  @Test
  void outcomesAndHandlingTimesMatchTheSeed() throws IOException {
    List<List<String>> outcomes = csv("outcomes", RANGE);
    Map<String, Long> expected = seed.cases.stream().filter(c -> c.decided() != null).collect(Collectors.groupingBy(
        c -> DashboardTables.caseType(c.caseType()) + "|" + DashboardTables.STATUSES.get(c.status()) + "|"
            + (c.reason() == null ? "" : c.reason()), TreeMap::new, Collectors.counting()));
    Map<String, Long> actual = new TreeMap<>();
    outcomes.forEach(row -> actual.put(row.get(0) + "|" + row.get(1) + "|" + row.get(2), Long.parseLong(row.get(3))));
    assertThat(actual).isEqualTo(expected);

    for (String division : List.of(WUCHANG, SHANGZHI)) {
      List<Long> seconds = seed.cases.stream().filter(c -> c.caseType().equals("childcare-subsidy")
          && c.division().equals(division)).map(SupervisionSeed.SeededCase::handlingSeconds).toList();
      List<String> row = csv("case-times", RANGE + "&caseType=childcare-subsidy&division=" + division).get(0);
      assertThat(row).containsExactly("育儿补贴", DashboardTables.division(division), String.valueOf(seconds.size()),
          days(percentile(seconds, 0.5)), days(percentile(seconds, 0.9)));
    }

    List<SupervisionSeed.SeededTask> reviews = seed.tasks.stream().filter(t -> t.ended() != null
        && t.division().equals(WUCHANG)).toList();
    List<Long> claimed = reviews.stream().map(SupervisionSeed.SeededTask::claimToComplete).filter(s -> s != null).toList();
    List<String> step = csv("step-times", RANGE + "&division=" + WUCHANG).get(0);
    assertThat(step).containsExactly("育儿补贴", "区卫健局审核", "五常市", String.valueOf(reviews.size()),
        days(percentile(reviews.stream().map(SupervisionSeed.SeededTask::createToComplete).toList(), 0.5)),
        days(percentile(reviews.stream().map(SupervisionSeed.SeededTask::createToComplete).toList(), 0.9)),
        days(percentile(claimed, 0.5)), days(percentile(claimed, 0.9)));
  }

  @Test
  void weeklyFlowBacklogAndMoneyMatchTheSeed() throws IOException {
    List<List<String>> weeks = csv("flow", "?from=2011-01-01&to=2011-04-30");
    assertThat(weeks).hasSize(12);
    for (List<String> week : weeks) {
      LocalDate monday = LocalDate.parse(week.get(0));
      assertThat(week.get(1)).as("received in the week of %s", monday).isEqualTo(String.valueOf(seed.cases.stream()
          .filter(c -> !c.received().toLocalDate().isBefore(monday) && c.received().toLocalDate().isBefore(monday.plusDays(7)))
          .count()));
      assertThat(week.get(2)).as("decided in the week of %s", monday).isEqualTo(String.valueOf(seed.cases.stream()
          .filter(c -> c.decided() != null && !c.decided().toLocalDate().isBefore(monday)
              && c.decided().toLocalDate().isBefore(monday.plusDays(7))).count()));
    }

    List<String> backlog = csv("backlog", "?division=" + WUCHANG + "&caseType=special-family-assistance").get(0);
    assertThat(backlog.subList(0, 4)).containsExactly("五常市乡镇(街道)", "五常市", "1", "1");
    assertThat(backlog.get(5)).isEqualTo("1");

    Map<String, BigDecimal> paidAmounts = new TreeMap<>();
    Map<String, Long> failedCounts = new TreeMap<>();
    seed.payments.forEach(payment -> {
      String key = payment.period() + "|" + DashboardTables.division(payment.division());
      paidAmounts.merge(key, payment.paid() ? payment.amount() : BigDecimal.ZERO, BigDecimal::add);
      failedCounts.merge(key, payment.paid() ? 0L : 1L, Long::sum);
    });
    List<List<String>> paid = csv("paid", RANGE);
    Map<String, BigDecimal> actualAmounts = new TreeMap<>();
    Map<String, Long> actualFailures = new TreeMap<>();
    paid.forEach(row -> {
      actualAmounts.put(row.get(0) + "|" + row.get(1), new BigDecimal(row.get(4)));
      actualFailures.put(row.get(0) + "|" + row.get(1), Long.parseLong(row.get(5)));
    });
    paidAmounts.replaceAll((key, amount) -> amount.setScale(2));
    assertThat(actualAmounts).isEqualTo(paidAmounts);
    assertThat(actualFailures).isEqualTo(failedCounts);
    assertThat(csv("committed", RANGE)).extracting(row -> row.get(0) + " " + row.get(2)).containsExactlyElementsOf(
        seed.payments.stream().collect(Collectors.groupingBy(SupervisionSeed.SeededPayment::period, TreeMap::new,
            Collectors.reducing(BigDecimal.ZERO, SupervisionSeed.SeededPayment::amount, BigDecimal::add)))
            .entrySet().stream().map(e -> e.getKey() + " " + e.getValue().setScale(2)).toList());
  }

  @Test
  void eachNurserysChildMonthsAndMoneyAreShownWithItsDistrict() throws IOException {
    java.time.YearMonth month = java.time.YearMonth.now(cn.harbin.fertility.common.TimeConfiguration.HARBIN);
    cn.harbin.fertility.nursery.TestNurseries.TestNursery nursery = nurseries.recognised("230109",
        month.minusMonths(2).atDay(1));
    String number = nurseries.openMonth(nursery, month).applicationNumber();
    java.time.LocalDate born = month.atDay(1).minusMonths(15);
    String child = cn.harbin.fertility.support.TestIdentityNumbers.of("230109", born);
    registry.saveAll(List.of(new cn.harbin.fertility.population.PopulationRecord(child, "小明", "230109", null, null, 1,
        born, "TEST")));
    nurseryReports.submit(nursery.contactIdNumber(), nursery.contactPhone(), nursery.creditCode(), month,
        "身份证号码,姓名,入托起始日期,入托截止日期\n" + child + ",小明," + month.atDay(1) + "," + month.atDay(20) + "\n");
    String query = "?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth() + "&division=230109";
    assertThat(csv("nurseries", query)).filteredOn(row -> row.get(2).equals(nursery.creditCode())).singleElement()
        .satisfies(row -> assertThat(row.subList(3, 6)).as("accepted, under review, child-months")
            .containsExactly("0", "1", "0"));

    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        java.util.Map.of("reportDecision", "ACCEPT"));
    assertThat(csv("nurseries", query)).filteredOn(row -> row.get(2).equals(nursery.creditCode())).singleElement()
        .satisfies(row -> {
          assertThat(row.get(0)).isEqualTo("松北区");
          assertThat(row.subList(3, 6)).containsExactly("1", "0", "1");
          assertThat(new BigDecimal(row.get(6))).isEqualByComparingTo("200");
        });
  }

  @Test
  void theAnnualReportHasTheCityAndEveryDivision() throws IOException {
    ResponseEntity<byte[]> answer = rest.withBasicAuth(supervisor, "staff-secret")
        .getForEntity("/supervision/report/2011.xlsx", byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(19);
      Map<String, List<String>> city = rows(workbook.getSheet("全市汇总"));
      Map<String, List<String>> wuchang = rows(workbook.getSheet("五常市 230184"));
      assertThat(city.get("育儿补贴|准予")).containsExactly("育儿补贴", "准予", "4");
      assertThat(city.get("育儿补贴|不予批准")).containsExactly("育儿补贴", "不予批准", "1");
      assertThat(wuchang.get("计划生育家庭扶助|办理中")).containsExactly("计划生育家庭扶助", "办理中", "1");
      BigDecimal paidInCity = seed.payments.stream().filter(SupervisionSeed.SeededPayment::paid)
          .map(SupervisionSeed.SeededPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(new BigDecimal(city.get("育儿补贴|" + seed.payments.stream().filter(SupervisionSeed.SeededPayment::paid).count()).get(2)))
          .isEqualByComparingTo(paidInCity);
      List<Long> childcare = seed.cases.stream().filter(c -> c.caseType().equals("childcare-subsidy"))
          .map(SupervisionSeed.SeededCase::handlingSeconds).toList();
      assertThat(city.get("育儿补贴|" + childcare.size())).containsExactly("育儿补贴", String.valueOf(childcare.size()),
          plain(days(percentile(childcare, 0.5))), plain(days(percentile(childcare, 0.9))));
      assertThat(wuchang.get("计划生育家庭扶助|1")).as("the street review is overdue").hasSize(2);
      assertThat(city.get("育儿补贴|" + seed.payments.size())).as("beneficiaries").hasSize(2);
    }
  }

  private static String plain(String number) {
    return new BigDecimal(number).stripTrailingZeros().toPlainString();
  }

  /** Each row of the sheet by its first cell, and by its first two cells joined with "|". */
  private static Map<String, List<String>> rows(Sheet sheet) {
    DataFormatter format = new DataFormatter();
    Map<String, List<String>> rows = new TreeMap<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
          ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString() : format.formatCellValue(cell)));
      if (!cells.isEmpty()) {
        rows.putIfAbsent(cells.get(0), cells);
        if (cells.size() > 1) {
          rows.putIfAbsent(cells.get(0) + "|" + cells.get(1), cells);
        }
      }
    }
    return rows;
  }

  @Test
  void theCasesBehindAFigureAreListedWithMaskedIdentityNumbers() {
    String rejected = seed.cases.stream().filter(c -> c.status().equals("REJECTED")).findFirst().orElseThrow().number();
    String page = rest.withBasicAuth(supervisor, "staff-secret").getForObject(
        "/supervision/cases" + RANGE + "&caseType=childcare-subsidy&status=REJECTED&decided=true", String.class);
    assertThat(page).contains(rejected, "2301**********0124", "不予批准").doesNotContain("230102199203150124");
    String paidInApril = rest.withBasicAuth(supervisor, "staff-secret").getForObject(
        "/supervision/cases" + RANGE + "&scheme=childcare-subsidy&period=2011-04", String.class);
    seed.payments.forEach(payment -> {
      if (payment.period().equals("2011-04")) {
        assertThat(paidInApril).contains(payment.caseNumber());
      } else {
        assertThat(paidInApril).doesNotContain(payment.caseNumber());
      }
    });
    assertThat(rest.withBasicAuth(supervisor, "staff-secret").getForObject("/supervision" + RANGE, String.class))
        .contains("督查看板", "积压", "近12周", "/supervision/tables/outcomes.xlsx", "echarts.min.js", "查看案件");
  }

  @Test
  void onlySupervisorsAndTheCityHealthCommissionSeeIt() {
    String caseworker = staffOf("district-health-230102");
    for (String path : List.of("/supervision", "/supervision/report/2011.xlsx", "/supervision/tables/backlog.csv")) {
      assertThat(rest.withBasicAuth(caseworker, "staff-secret").getForEntity(path, String.class).getStatusCode())
          .as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.withBasicAuth(staffOf("city-health"), "staff-secret").getForEntity(path, String.class)
          .getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> anonymous = rest.getForEntity("/supervision", String.class);
    assertThat(anonymous.getStatusCode().value() == 200 ? anonymous.getBody() : "sign-in " + anonymous.getStatusCode())
        .as("anonymous is sent to the sign-in").containsAnyOf("督查看板登录", "sign-in 302");
    String anyTask = taskService.createTaskQuery().listPage(0, 1).stream().findFirst().map(t -> t.getId()).orElse("none");
    assertThat(rest.withBasicAuth(supervisor, "staff-secret").postForEntity("/engine-rest/task/" + anyTask + "/complete",
        Map.of(), String.class).getStatusCode()).as("supervisors change nothing").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void prometheusGaugesFollowATaskFromCreationToCompletion() {
    String group = "district-health-230184";
    String caseNumber = "YE-2011-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    runtimeService.startProcessInstanceByKey("test-district-review", caseNumber, Map.of("division", "230184"));
    metrics.refresh();
    String open = scrape();
    assertThat(gauge(open, "harbin_tasks_open", group)).isEqualTo(1 + seededOpen(group));
    assertThat(open).contains("harbin_cases_started_total{process=\"test-district-review\"}", "harbin_incidents_open",
        "harbin_jobs_failed", "harbin_entitlements_live", "jvm_memory_used_bytes");

    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId());
    metrics.refresh();
    String done = scrape();
    assertThat(gauge(done, "harbin_tasks_open", group)).isEqualTo(seededOpen(group));
    assertThat(done).contains("harbin_cases_ended_total{end_event=");
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .as("staff only").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private long seededOpen(String group) {
    return seed.tasks.stream().filter(t -> t.ended() == null && t.group().equals(group)).count();
  }

  private String scrape() {
    return rest.withBasicAuth(supervisor, "staff-secret").getForObject("/actuator/prometheus", String.class);
  }

  private static double gauge(String scrape, String name, String group) {
    return scrape.lines().filter(line -> line.startsWith(name + "{") && line.contains("group=\"" + group + "\""))
        .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(0.0);
  }
}
