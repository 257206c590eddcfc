package cn.harbin.fertility.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.EmbeddedPostgres;
import cn.harbin.fertility.support.SeparateApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Two application nodes on one PostgreSQL database, as docker/compose.yaml runs them (issue 14): 10,000 childcare
 * subsidy applications posted to either node, every task completed through either node's engine API (the registry
 * check, then the district's approval), then a disbursement run whose collection and settlement run as jobs on
 * whichever node acquires them. Then counts, in the database: every accepted application has its case, each granted
 * case one entitlement, each entitlement one payment, paid once; no job ran twice to success, none was lost, no
 * incident. Prints the times; fails if anything is duplicated or lost.
 * {@code mvn -Pbench test -Dtest=TwoEnginesBenchmark}.
 */
@Tag("bench")
class TwoEnginesBenchmark {

  private static final int CASES = 10_000;
  private static final int CLIENTS = 8;
  private static final String ADMIN = "operator";
  private static final String ADMIN_PASSWORD = "operator-secret";
  private static final Path WORK = Path.of("target", "bench", "two-engines");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String databaseUrl = EmbeddedPostgres.createDatabase("bench_two_engines");

  @Test
  void tenThousandCasesThroughTwoEngines() throws Exception {
    FileSystemUtils.deleteRecursively(WORK);
    try (SeparateApplication node1 = start("node1"); SeparateApplication node2 = start("node2")) {
      List<SeparateApplication> nodes = List.of(node1, node2);

      long started = System.nanoTime();
      AtomicInteger accepted = new AtomicInteger();
      inParallel(CASES, number -> {
        HttpResponse<String> answer = send(nodes.get(number % 2), "POST", "/api/childcare-subsidy/applications",
            application(number), false);
        if (answer.statusCode() == 201) {
          accepted.incrementAndGet();
        } else {
          System.out.printf("[bench] two engines: application %d answered %d %s%n", number, answer.statusCode(),
              answer.body());
        }
      });
      System.out.printf("[bench] two engines: %,d of %,d applications accepted in %.1f s%n", accepted.get(), CASES,
          seconds(started));

      started = System.nanoTime();
      int completed = 0;
      for (String taskKey : List.of("Task_VerifyHouseholdRegistration", "Task_DistrictReview")) {
        completed += completeAll(nodes, taskKey, taskKey.equals("Task_DistrictReview")
            ? Map.of("reviewDecision", "approve") : Map.of("verificationOutcome", "confirmed"));
      }
      System.out.printf("[bench] two engines: %,d tasks completed through both nodes in %.1f s%n", completed,
          seconds(started));

      started = System.nanoTime();
      HttpResponse<String> runStarted = send(node1, "POST",
          "/engine-rest/process-definition/key/childcare-subsidy-disbursement/start",
          "{\"variables\":{\"scheme\":{\"value\":\"childcare-subsidy\"},\"period\":{\"value\":\""
              + YearMonth.now(ZoneId.of("Asia/Shanghai")) + "\"}}}", true);
      if (runStarted.statusCode() != 200) {
        throw new IllegalStateException("starting the disbursement answered " + runStarted.statusCode() + " "
            + runStarted.body());
      }
      String run = json.readTree(runStarted.body()).get("id").asText();
      complete(node2, awaitTask(node2, run), Map.of("batchDecision", "approve"));
      complete(node1, awaitTask(node1, run), Map.of("failedPayments", ""));
      awaitEnded(node2, run);
      System.out.printf("[bench] two engines: the disbursement run (collection and settlement as jobs) in %.1f s%n",
          seconds(started));

      try (Connection database = DriverManager.getConnection(databaseUrl, EmbeddedPostgres.user(), "postgres")) {
        long cases = count(database, "SELECT COUNT(*) FROM application WHERE case_type = 'childcare-subsidy'");
        long granted = count(database, "SELECT COUNT(*) FROM application WHERE status = 'GRANTED'");
        long entitlements = count(database, "SELECT COUNT(*) FROM entitlement");
        long twoEntitlements = count(database, "SELECT COUNT(*) FROM (SELECT application_number FROM entitlement "
            + "GROUP BY application_number HAVING COUNT(*) > 1) twice");
        long paid = count(database, "SELECT COUNT(*) FROM payment WHERE status = 'PAID'");
        long paidTwice = count(database, "SELECT COUNT(*) FROM (SELECT entitlement_id FROM payment "
            + "WHERE status = 'PAID' GROUP BY entitlement_id HAVING COUNT(*) > 1) twice");
        long periodsOpen = count(database, "SELECT COUNT(*) FROM entitlement_period_state WHERE status = 'IN_BATCH'");
        // The history cleanup job is the engine's one ever-living job: in its nightly window it runs again and again
        // under the same id. Every other job runs to success once.
        long jobsTwice = count(database, "SELECT COUNT(*) FROM (SELECT job_id_ FROM act_hi_job_log "
            + "WHERE job_state_ = 2 AND job_def_type_ IS DISTINCT FROM 'history-cleanup' GROUP BY job_id_ "
            + "HAVING COUNT(*) > 1) twice");
        System.out.printf("[bench] two engines: jobs that ran to success more than once: %s%n",
            list(database, "SELECT job_id_ || ' ' || COALESCE(job_def_type_, '-') || ' ' || COALESCE(act_id_, '-') "
                + "|| ' ×' || COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 "
                + "GROUP BY job_id_, job_def_type_, act_id_ HAVING COUNT(*) > 1"));
        long jobsLost = count(database, "SELECT COUNT(DISTINCT created.job_id_) FROM act_hi_job_log created "
            + "WHERE created.job_state_ = 0 AND NOT EXISTS (SELECT 1 FROM act_hi_job_log ended "
            + "WHERE ended.job_id_ = created.job_id_ AND ended.job_state_ IN (2, 3)) "
            + "AND NOT EXISTS (SELECT 1 FROM act_ru_job open WHERE open.id_ = created.job_id_)");
        long incidents = count(database, "SELECT COUNT(*) FROM act_ru_incident");
        System.out.printf("[bench] two engines: %,d cases, %,d granted, %,d entitlements (%d twice), %,d payments paid"
                + " (%d entitlements paid twice), %d periods still held; jobs run to success by node: %s;"
                + " %d jobs run twice, %d lost, %d incidents%n", cases, granted, entitlements, twoEntitlements, paid,
            paidTwice, periodsOpen, jobsByNode(database), jobsTwice, jobsLost, incidents);
        assertThat(cases).isEqualTo(accepted.get());
        assertThat(granted).isEqualTo(accepted.get());
        assertThat(entitlements).isEqualTo(granted);
        assertThat(paid).isEqualTo(entitlements);
        assertThat(twoEntitlements + paidTwice + periodsOpen + jobsTwice + jobsLost + incidents).isZero();
      }
    }
  }

  private SeparateApplication start(String name) throws Exception {
    Path directory = Files.createDirectories(WORK.resolve(name));
    return SeparateApplication.start("two-engines-" + name, directory, Map.of(
        "SPRING_PROFILES_ACTIVE", "postgres",
        "HARBIN_DB_URL", databaseUrl,
        "HARBIN_DB_USER", EmbeddedPostgres.user(),
        "HARBIN_DB_PASSWORD", "postgres",
        "HARBIN_ADMIN_ID", ADMIN,
        "HARBIN_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "HARBIN_SMS_GATEWAY", "demo-log"),
        List.of("--camunda.bpm.generic-properties.properties.hostname=" + name, "--logging.level.root=warn"));
  }

  /** Completes every open task with the key, in pages, alternating between the nodes. */
  private int completeAll(List<SeparateApplication> nodes, String taskKey, Map<String, String> variables)
      throws Exception {
    int completed = 0;
    while (true) {
      JsonNode page = json.readTree(send(nodes.get(0), "GET",
          "/engine-rest/task?taskDefinitionKey=" + taskKey + "&maxResults=1000", null, true).body());
      if (page.isEmpty()) {
        return completed;
      }
      List<String> ids = new ArrayList<>();
      page.forEach(task -> ids.add(task.get("id").asText()));
      inParallel(ids.size(), i -> complete(nodes.get(i % 2), ids.get(i), variables));
      completed += ids.size();
    }
  }

  private void complete(SeparateApplication node, String taskId, Map<String, String> variables) throws Exception {
    StringBuilder body = new StringBuilder("{\"variables\":{");
    variables.forEach((name, value) -> body.append(body.length() > 14 ? "," : "").append('"').append(name)
        .append("\":{\"value\":\"").append(value).append("\"}"));
    HttpResponse<String> answer = send(node, "POST", "/engine-rest/task/" + taskId + "/complete",
        body.append("}}").toString(), true);
    if (answer.statusCode() != 204) {
      throw new IllegalStateException("completing " + taskId + " answered " + answer.statusCode() + " " + answer.body());
    }
  }

  private String awaitTask(SeparateApplication node, String processInstanceId) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode tasks = json.readTree(send(node, "GET", "/engine-rest/task?processInstanceId=" + processInstanceId,
          null, true).body());
      if (!tasks.isEmpty()) {
        return tasks.get(0).get("id").asText();
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("no task in " + processInstanceId + " after 5 minutes");
  }

  private void awaitEnded(SeparateApplication node, String processInstanceId) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode instance = json.readTree(send(node, "GET", "/engine-rest/history/process-instance/" + processInstanceId,
          null, true).body());
      if ("COMPLETED".equals(instance.path("state").asText())) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(processInstanceId + " not ended after 5 minutes");
  }

  private interface Work {
    void run(int index) throws Exception;
  }

  private static void inParallel(int count, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> clients = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      clients.add(pool.submit(() -> {
        for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
          work.run(index);
        }
        return null;
      }));
    }
    for (Future<?> client : clients) {
      client.get();
    }
    pool.shutdown();
  }

  private HttpResponse<String> send(SeparateApplication node, String method, String path, String body,
      boolean asAdmin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path))).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (asAdmin) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long count(Connection database, String query) throws SQLException {
    try (ResultSet result = database.createStatement().executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static List<String> list(Connection database, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = database.createStatement().executeQuery(query)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private static String jobsByNode(Connection database) throws SQLException {
    StringBuilder nodes = new StringBuilder();
    try (ResultSet result = database.createStatement().executeQuery(
        "SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_ ORDER BY hostname_")) {
      while (result.next()) {
        nodes.append(nodes.isEmpty() ? "" : ", ").append(result.getString(1)).append(' ').append(result.getLong(2));
      }
    }
    return nodes.toString();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** A new child of a 道里区 family for every application, born this year: no claim is a duplicate. */
  private static String application(int number) {
    return BenchApplications.childcare(number,
        LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfYear(1), 300);
  }

}
