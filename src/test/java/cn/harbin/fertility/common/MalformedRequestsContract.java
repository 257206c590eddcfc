package cn.harbin.fertility.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.TestIdentityNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends at least 1,000 generated malformed bodies to every public endpoint: a valid body with one field set to a value
 * of the wrong type or one no rule accepts (too long, control characters, formulas, markup, links, impossible dates,
 * {@code null} in a list, duplicates), or a body that is no JSON document (duplicate keys, trailing tokens, cut short,
 * too deep, not UTF-8, too large), each asking for an answer in JSON, HTML, XML or anything. Every answer must be a 400
 * (413 when too large) with a message in Chinese and English, and nothing may be stored or started. The seed is fixed
 * ({@code -Dharbin.fuzz.seed} changes it), so a failure can be replayed. The database variants run it on H2 and on
 * PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MalformedRequestsContract {

  private static final long SEED = Long.getLong("harbin.fuzz.seed", 20261129L);
  private static final int BODIES_PER_ENDPOINT = 1_000;
  private static final Set<String> WHOLE_NUMBERS = Set.of("birthOrder", "plannedChildOrder", "disabilityGrade");
  private static final Set<String> YES_NO = Set.of("alreadyMarried", "living", "adopted", "publicRentalQualified");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** What a client may say it accepts: none, JSON, a browser's HTML, XML, anything. */
  private static final List<String> ACCEPTS = List.of("", "application/json", "text/html", "application/xml", "*/*");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  private String childcareNumber;
  private String specialFamilyNumber;

  /** One case of each kind to aim the case endpoints at; their valid bodies are accepted, so the bases are valid. */
  @BeforeAll
  void cases() {
    ObjectNode childcare = childcareApplication();
    childcareNumber = accepted("/api/childcare-subsidy/applications", childcare);
    specialFamilyNumber = accepted("/api/special-family-assistance/applications", specialFamilyApplication());
    accepted("/api/marriage-birth-one-stop/applications", marriageBirthApplication());
    accepted("/api/birth-one-thing/applications", birthOneThingApplication());
  }

  @Test
  void childcareSubsidyApplications() {
    fuzz("/api/childcare-subsidy/applications", this::childcareApplication, null);
  }

  @Test
  void specialFamilyApplications() {
    fuzz("/api/special-family-assistance/applications", this::specialFamilyApplication, null);
  }

  @Test
  void marriageBirthApplications() {
    fuzz("/api/marriage-birth-one-stop/applications", this::marriageBirthApplication, null);
  }

  @Test
  void applicationsAfterABirth() {
    fuzz("/api/birth-one-thing/applications", this::birthOneThingApplication, null);
  }

  @Test
  void objections() {
    fuzz("/api/special-family-assistance/applications/" + specialFamilyNumber + "/objections", () -> {
      ObjectNode objection = NODES.objectNode();
      objection.put("name", "周敏");
      objection.put("phone", "13945100009");
      objection.put("content", "据我所知，该家庭另有一名收养子女。");
      return objection;
    }, specialFamilyNumber);
  }

  private void fuzz(String path, Supplier<ObjectNode> validBody, String caseNumber) {
    Random random = new Random(SEED ^ path.hashCode());
    List<String> failures = new ArrayList<>();
    String traces = traces(caseNumber);
    // One valid body to spoil a thousand ways: fresh identity numbers for each would exhaust the test numbers.
    ObjectNode valid = validBody.get();
    for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
      byte[] body = random.nextInt(4) == 0 ? malformedDocument(valid.deepCopy(), random)
          : badField(valid.deepCopy(), random);
      ResponseEntity<String> answer = post(path, body, ACCEPTS.get(random.nextInt(ACCEPTS.size())));
      String text = answer.getBody() == null ? "" : answer.getBody();
      int status = answer.getStatusCode().value();
      boolean explained = text.contains("\"messageZh\"") && text.contains("\"messageEn\"");
      boolean leaks = text.contains("Exception") || text.contains("\tat ") || text.contains("SQL");
      boolean tooLarge = body.length > 65_536;
      String now = traces(caseNumber);
      if (status != (tooLarge ? 413 : 400) || !explained || leaks || !now.equals(traces)) {
        failures.add(status + (now.equals(traces) ? "" : ", stored") + " " + abbreviated(text) + " ← "
            + new String(body, StandardCharsets.UTF_8));
        traces = now;
      }
    }
    assertThat(failures).as("malformed bodies to %s (seed %d) that were not refused cleanly", path, SEED).isEmpty();
  }

  /** A valid body with one field, anywhere in it, set to something no rule accepts. */
  private byte[] badField(ObjectNode body, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    List<String> names = new ArrayList<>();
    collectFields(body, containers, names);
    int pick = random.nextInt(names.size());
    String name = names.get(pick);
    JsonNode container = containers.get(pick);
    JsonNode bad = badValue(name, container.get(name), random);
    ((ObjectNode) container).set(name, bad);
    return bytes(body);
  }

  private static void collectFields(JsonNode node, List<JsonNode> containers, List<String> names) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        containers.add(node);
        names.add(name);
        collectFields(node.get(name), containers, names);
      });
    } else if (node.isArray()) {
      node.forEach(element -> collectFields(element, containers, names));
    }
  }

  private static JsonNode badValue(String name, JsonNode current, Random random) {
    List<JsonNode> choices = new ArrayList<>(List.of(NODES.objectNode(), NODES.arrayNode().add(NODES.nullNode())));
    if (current.isArray()) {
      ArrayNode repeated = NODES.arrayNode();
      for (int i = 0; i < 50; i++) {
        repeated.add(current.isEmpty() ? NODES.textNode("X") : current.get(0).deepCopy());
      }
      choices.addAll(List.of(NODES.textNode("X"), NODES.numberNode(12), repeated,
          NODES.arrayNode().add(NODES.numberNode(12)), NODES.arrayNode().add(NODES.textNode("<b>"))));
    } else if (WHOLE_NUMBERS.contains(name)) {
      choices.addAll(List.of(NODES.textNode("2"), NODES.numberNode(2.5), NODES.numberNode(-1), NODES.numberNode(0),
          NODES.numberNode(99), NODES.numberNode(1e30), NODES.numberNode(99_999_999_999L), NODES.booleanNode(true)));
    } else if (YES_NO.contains(name)) {
      choices.addAll(List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.numberNode(0), NODES.textNode("yes")));
    } else {
      choices.addAll(List.of(NODES.numberNode(12345), NODES.numberNode(1.5), NODES.booleanNode(true),
          NODES.booleanNode(false), NODES.textNode("x".repeat(5_000)), NODES.textNode("张\u0000三"),
          NODES.textNode("=HYPERLINK(\"http://evil.example\")"), NODES.textNode("<script>alert(1)</script>"),
          NODES.textNode("[点此领取](http://evil.example)"), NODES.textNode("李\r\n四"), NODES.textNode("\u202e王五"),
          NODES.textNode("@SUM(1+1)"), NODES.textNode("访问 www.evil.example 了解")));
      if (name.endsWith("Date")) {
        choices.addAll(List.of(NODES.numberNode(0), NODES.numberNode(20250314), NODES.textNode("0"),
            NODES.textNode("0000-01-01"), NODES.textNode("2099-01-01"), NODES.textNode("2025-02-30"),
            NODES.textNode("1899-12-31"), NODES.textNode("20250314"), NODES.textNode("2025/03/14")));
      }
    }
    return choices.get(random.nextInt(choices.size()));
  }

  /** A body that is no acceptable JSON document at all. */
  private byte[] malformedDocument(ObjectNode body, Random random) {
    String valid = new String(bytes(body), StandardCharsets.UTF_8);
    String firstField = body.fieldNames().next();
    List<Supplier<byte[]>> choices = List.of(
        () -> ("{\"" + firstField + "\":" + body.get(firstField) + "," + valid.substring(1)).getBytes(StandardCharsets.UTF_8),
        () -> (valid + " x").getBytes(StandardCharsets.UTF_8),
        () -> (valid + "{}").getBytes(StandardCharsets.UTF_8),
        () -> (valid + "]").getBytes(StandardCharsets.UTF_8),
        () -> valid.substring(0, 1 + random.nextInt(valid.length() - 1)).getBytes(StandardCharsets.UTF_8),
        () -> "[]".getBytes(StandardCharsets.UTF_8),
        () -> "\"text\"".getBytes(StandardCharsets.UTF_8),
        () -> "42".getBytes(StandardCharsets.UTF_8),
        () -> "null".getBytes(StandardCharsets.UTF_8),
        () -> new byte[0],
        () -> "[".repeat(5_000).getBytes(StandardCharsets.UTF_8),
        () -> notUtf8(valid),
        () -> ("{\"" + firstField + "\":\"" + "长".repeat(30_000) + "\"}").getBytes(StandardCharsets.UTF_8),
        () -> {
          byte[] noise = new byte[1 + random.nextInt(200)];
          random.nextBytes(noise);
          return noise;
        });
    return choices.get(random.nextInt(choices.size())).get();
  }

  private static byte[] notUtf8(String valid) {
    byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
    int quote = valid.indexOf(":\"") + 2;
    utf8[quote] = (byte) 0xC3;
    utf8[quote + 1] = (byte) 0x28;
    return utf8;
  }

  private ResponseEntity<String> post(String path, byte[] body) {
    return post(path, body, "");
  }

  private ResponseEntity<String> post(String path, byte[] body, String accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (!accept.isEmpty()) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    return rest.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private String accepted(String path, ObjectNode body) {
    ResponseEntity<String> answer = post(path, bytes(body));
    assertThat(answer.getStatusCode().value()).as("valid body to %s: %s", path, answer.getBody()).isIn(200, 201);
    try {
      return json.readTree(answer.getBody()).get("applicationNumber").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything a request could have stored or started, in general and for the case it aims at. */
  private String traces(String caseNumber) {
    List<Object> counts = new ArrayList<>();
    for (String table : List.of("application", "live_claim", "notification", "ACT_HI_PROCINST", "ACT_RU_VARIABLE")) {
      counts.add(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    if (caseNumber != null) {
      counts.add(jdbc.sql("""
              SELECT COUNT(*) FROM ACT_HI_ACTINST a JOIN ACT_HI_PROCINST p ON p.ID_ = a.PROC_INST_ID_
              WHERE p.BUSINESS_KEY_ = :number""").param("number", caseNumber).query(Long.class).single());
      counts.add(jdbc.sql("SELECT status FROM application WHERE application_number = :number")
          .param("number", caseNumber).query(String.class).single());
    }
    return counts.toString();
  }

  private byte[] bytes(JsonNode body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }


  /** The childcare family with a flat bought in 道里区 and the rental qualification. */
  private ObjectNode birthOneThingApplication() {
    ObjectNode application = childcareApplication();
    application.put("homeFilingNumber", "HF2025-000123");
    application.put("homeDivisionCode", "230102");
    application.put("homeContractDate", "2025-06-01");
    application.put("publicRentalQualified", true);
    return application;
  }

  private ObjectNode childcareApplication() {
    LocalDate born = LocalDate.of(2025, 5, 17);
    return json.valueToTree(Map.ofEntries(
        Map.entry("applicantName", "王芳"),
        Map.entry("applicantIdNumber", TestIdentityNumbers.of("230102", LocalDate.of(1992, 4, 12), false)),
        Map.entry("applicantPhone", "13800451234"),
        Map.entry("applicantRelationship", "MOTHER"),
        Map.entry("divisionCode", "230102"),
        Map.entry("childName", "张小明"),
        Map.entry("childIdNumber", TestIdentityNumbers.of("230102", born)),
        Map.entry("childBirthDate", born.toString()),
        Map.entry("birthOrder", 2),
        Map.entry("otherParentName", "张伟"),
        Map.entry("otherParentIdNumber", TestIdentityNumbers.of("230102", LocalDate.of(1990, 1, 3), true)),
        Map.entry("bankName", "中国工商银行哈尔滨分行"),
        Map.entry("bankAccount", "6222021234567890123")));
  }

  private ObjectNode specialFamilyApplication() {
    String mother = TestIdentityNumbers.of("230103", LocalDate.of(1965, 3, 3), false);
    String father = TestIdentityNumbers.of("230103", LocalDate.of(1963, 4, 4), true);
    ObjectNode body = NODES.objectNode();
    body.put("applicantName", "赵淑兰").put("applicantIdNumber", mother).put("applicantPhone", "13945100001")
        .put("divisionCode", "230103").put("household", "URBAN");
    body.putArray("parents").add(NODES.objectNode().put("name", "赵淑兰").put("idNumber", mother).put("dependency", "NONE"))
        .add(NODES.objectNode().put("name", "钱国强").put("idNumber", father).put("dependency", "PARTIAL"));
    body.putArray("children").add(NODES.objectNode().put("name", "钱明").put("birthDate", "1990-06-06")
        .put("sex", "MALE").put("living", false).put("disabilityGrade", 1).put("adopted", false));
    body.putArray("services").add("CARE_VISITS");
    body.put("bankName", "中国建设银行哈尔滨分行").put("bankAccount", "6217000100090009009");
    return body;
  }

  private ObjectNode marriageBirthApplication() {
    ObjectNode body = NODES.objectNode();
    body.putArray("partners")
        .add(NODES.objectNode().put("name", "李强")
            .put("idNumber", TestIdentityNumbers.of("230104", LocalDate.of(1996, 2, 2), true))
            .put("phone", "13904510011").put("divisionCode", "230104"))
        .add(NODES.objectNode().put("name", "王丽")
            .put("idNumber", TestIdentityNumbers.of("210102", LocalDate.of(1998, 3, 3), false))
            .put("phone", "13904510012").put("province", "辽宁省"));
    body.put("alreadyMarried", false);
    body.putArray("services").add("HEALTH_EDUCATION").add("BIRTH_REGISTRATION");
    body.put("plannedChildOrder", 1);
    return body;
  }
}
