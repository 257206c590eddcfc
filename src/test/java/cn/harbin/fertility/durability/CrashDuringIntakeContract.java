package cn.harbin.fertility.durability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.SeparateApplication;
import cn.harbin.fertility.support.TestIdentityNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Families apply from several threads while the application is killed abruptly; after a restart on the same data
 * every application that was answered 201 is there exactly once, with its case at its first step, and nothing is
 * half-written. The database variants say how the application is started and how its data is read afterwards.
 */
abstract class CrashDuringIntakeContract {

  private static final int THREADS = 6;
  private static final int KILL_AFTER_ACKNOWLEDGED = 150;
  private static final String URL = "/api/childcare-subsidy/applications";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Kept when the test fails, so that the database the crash left can be looked at. */
  @TempDir(cleanup = CleanupMode.ON_SUCCESS) Path workingDirectory;

  /** Starts the application on this test's data, the same data every time. */
  abstract SeparateApplication startApplication(String name, Path workingDirectory);

  /** The application's database, read after the application stopped. */
  abstract Connection openDatabase(Path workingDirectory) throws SQLException;

  abstract String adminCredentials();

  @Test
  void noApplicationAnsweredWithItsNumberIsLostWhenTheApplicationIsKilled() throws Exception {
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    try (SeparateApplication application = startApplication("before-kill", workingDirectory)) {
      submitUntilKilled(application, acknowledged);
    }

    try (SeparateApplication restarted = startApplication("after-kill", workingDirectory)) {
      for (Map.Entry<String, String> answered : acknowledged.entrySet()) {
        HttpResponse<String> again = post(restarted, answered.getValue());
        assertThat(again.statusCode()).as("resubmission of %s", answered.getKey()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("applicationNumber").asText()).isEqualTo(answered.getKey());

        JsonNode tasks = getAsAdmin(restarted, "/engine-rest/task?processInstanceBusinessKey=" + answered.getKey());
        assertThat(tasks).as("open tasks of %s", answered.getKey()).hasSize(1);
        assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_VerifyHouseholdRegistration");
      }
      restarted.stop();
    }

    try (Connection database = openDatabase(workingDirectory)) {
      for (String number : acknowledged.keySet()) {
        assertThat(count(database, "SELECT COUNT(*) FROM application WHERE application_number = '" + number + "'"))
            .as("records of %s", number).isEqualTo(1);
        assertThat(count(database, "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL AND BUSINESS_KEY_ = '"
            + number + "'")).as("cases of %s", number).isEqualTo(1);
      }
      assertThat(numbers(database, """
          SELECT a.application_number FROM application a
          WHERE a.case_type = 'childcare-subsidy' AND a.status = 'RECEIVED' AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e
              WHERE e.PARENT_ID_ IS NULL AND e.BUSINESS_KEY_ = a.application_number)""")).as(
          "records without a case (the database is kept in %s)", workingDirectory).isEmpty();
      assertThat(count(database, """
          SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
          WHERE e.PARENT_ID_ IS NULL AND d.KEY_ = 'childcare-subsidy'
            AND NOT EXISTS (SELECT 1 FROM application a WHERE a.application_number = e.BUSINESS_KEY_)""")).as(
          "cases without a record").isZero();
      assertThat(count(database, """
          SELECT COUNT(*) FROM live_claim c
          WHERE NOT EXISTS (SELECT 1 FROM application a WHERE a.application_number = c.application_number)"""))
          .as("claims without an application").isZero();
      assertThat(count(database, """
          SELECT COUNT(*) FROM (SELECT child_id_number FROM childcare_subsidy_claim
            GROUP BY child_id_number HAVING COUNT(*) > 1) twice""")).as("children registered twice").isZero();
    }
  }

  /** Submits from several threads and kills the application once enough answers came back, mid-stream. */
  private void submitUntilKilled(SeparateApplication application, Map<String, String> acknowledged)
      throws InterruptedException {
    AtomicInteger nextFamily = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService families = Executors.newFixedThreadPool(THREADS);
    for (int thread = 0; thread < THREADS; thread++) {
      families.submit(() -> {
        while (!killed.get()) {
          String body = applicationBody(nextFamily.getAndIncrement());
          try {
            HttpResponse<String> answer = post(application, body);
            if (answer.statusCode() == 201) {
              acknowledged.put(JSON.readTree(answer.body()).path("applicationNumber").asText(), body);
            }
          } catch (IOException refusedOrCutOff) {
            return null;
          }
        }
        return null;
      });
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (acknowledged.size() < KILL_AFTER_ACKNOWLEDGED && Instant.now().isBefore(deadline)) {
      Thread.sleep(5);
    }
    application.kill();
    killed.set(true);
    families.shutdown();
    assertThat(families.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
  }

  /** A family of its own for every application: a child born on its own day, so no two claims collide. */
  private static String applicationBody(int family) {
    String division = "230102";
    LocalDate childBorn = LocalDate.of(2024, 1, 1).plusDays(family % 700);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("applicantName", "王芳");
    body.put("applicantIdNumber", TestIdentityNumbers.of(division, LocalDate.of(1992, 4, 12), false));
    body.put("applicantPhone", "13800451234");
    body.put("applicantRelationship", "MOTHER");
    body.put("divisionCode", division);
    body.put("childName", "张小明");
    body.put("childIdNumber", TestIdentityNumbers.of(division, childBorn));
    body.put("childBirthDate", childBorn.toString());
    body.put("birthOrder", 2);
    body.put("otherParentName", "张伟");
    body.put("otherParentIdNumber", TestIdentityNumbers.of(division, LocalDate.of(1990, 1, 3), true));
    body.put("bankName", "中国工商银行哈尔滨分行");
    body.put("bankAccount", "6222021234567890123");
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> post(SeparateApplication application, String body)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(application.url(URL))).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode getAsAdmin(SeparateApplication application, String path) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString(adminCredentials().getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(application.url(path)))
        .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as("GET %s", path).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static List<String> numbers(Connection database, String sql) throws SQLException {
    List<String> numbers = new ArrayList<>();
    try (Statement statement = database.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        numbers.add(result.getString(1));
      }
    }
    return numbers;
  }

  private static long count(Connection database, String sql) throws SQLException {
    try (Statement statement = database.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
