package cn.harbin.fertility.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.marriagebirth.MarriageBirthApplication;
import cn.harbin.fertility.marriagebirth.MarriageBirthIntake;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.specialfamily.SpecialFamilyApplication;
import cn.harbin.fertility.specialfamily.SpecialFamilyIntake;
import cn.harbin.fertility.support.PortalClient;
import cn.harbin.fertility.support.SmsLog;
import cn.harbin.fertility.support.TestIdentityNumbers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen signs in with an SMS code and sees their own cases, and nothing of anybody else's; failed sign-ins all
 * look alike and are limited; applications from the portal go through the intake's checks. The database variants
 * run it on H2 and on PostgreSQL.
 */
abstract class CitizenPortalContract {

  static final LocalDate TODAY = LocalDate.now(cn.harbin.fertility.common.TimeConfiguration.HARBIN);

  @LocalServerPort int port;
  @Autowired ChildcareSubsidyIntake childcareSubsidy;
  @Autowired SpecialFamilyIntake specialFamily;
  @Autowired MarriageBirthIntake marriageBirth;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CitizenSignIn signIn;
  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @Autowired cn.harbin.fertility.payments.Disbursements disbursements;
  @Autowired cn.harbin.fertility.notifications.NotificationDelivery delivery;
  @Autowired cn.harbin.fertility.nursery.TestNurseries nurseries;

  SmsLog sms;

  @BeforeEach
  void readTheDemoGatewaysLog() {
    sms = new SmsLog();
  }

  @AfterEach
  void stopReading() {
    sms.close();
  }

  static String newPhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String newAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
  }

  PortalClient browser() {
    return new PortalClient(port, newAddress());
  }

  /** A 道里区 mother's childcare application with her own phone, at the district review. */
  TestFamily familyWithACase(String phone) {
    TestFamily family = TestFamily.of("230102", TODAY.minusMonths(7), 2).registerIn(registry, 2);
    childcareSubsidy.submitOnline(family.application(phone));
    return family;
  }

  String numberOf(TestFamily family) {
    return jdbc.sql("SELECT application_number FROM application WHERE applicant_id_number = :id")
        .param("id", family.mother()).query(String.class).single();
  }

  @Test
  void aCaseOpensOnlyToItsPartyWithTheVerifiedPhone() {
    String phone = newPhone();
    TestFamily family = familyWithACase(phone);
    String number = numberOf(family);

    PortalClient mother = browser();
    HttpResponse<String> signedIn = mother.signIn(family.mother(), phone, sms);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/portal/applications");
    HttpResponse<String> list = mother.get("/portal/applications");
    assertThat(list.body()).contains(number, "办理中", "区卫健局审核", "道里区卫生健康局")
        .doesNotContain(family.mother(), phone);
    HttpResponse<String> page = mother.get("/portal/applications/" + number);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(number, "收到育儿补贴申请", "区卫健局审核", "道里区卫生健康局", "年", "撤回申请",
        family.mother().substring(0, 4) + "**********").doesNotContain(family.mother(), phone);
    assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    HttpResponse<String> json = mother.get("/api/me/applications/" + number);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"stage\":\"IN_PROGRESS\"", "+08:00", "道里区卫生健康局").doesNotContain(family.mother())
        .as("the open review task's due date").containsPattern("\"due\":\"\\d{4}-\\d{2}-\\d{2}T");

    PortalClient ownIdOtherPhone = browser();
    ownIdOtherPhone.signIn(family.mother(), newPhone(), sms);
    assertThat(ownIdOtherPhone.get("/portal/applications").body()).doesNotContain(number);
    assertThat(ownIdOtherPhone.get("/portal/applications/" + number).statusCode()).isEqualTo(404);
    assertThat(ownIdOtherPhone.get("/api/me/applications/" + number).statusCode()).isEqualTo(404);

    PortalClient otherIdOwnPhone = browser();
    otherIdOwnPhone.signIn(family.father(), phone, sms);
    assertThat(otherIdOwnPhone.get("/portal/applications").body()).doesNotContain(number);
    assertThat(otherIdOwnPhone.get("/portal/applications/" + number).statusCode()).isEqualTo(404);
    assertThat(otherIdOwnPhone.get("/portal/applications/YE-2099-999999").statusCode()).isEqualTo(404);

    PortalClient stranger = browser();
    assertThat(stranger.get("/api/me/applications").statusCode()).isEqualTo(401);
    HttpResponse<String> unsigned = stranger.get("/portal/applications/" + number);
    assertThat(unsigned.statusCode()).isEqualTo(302);
    assertThat(unsigned.headers().firstValue("Location").orElseThrow()).endsWith("/portal/sign-in");
  }

  @Test
  void everyFailedSignInGetsTheSameAnswer() {
    String phone = newPhone();
    TestFamily family = familyWithACase(phone);

    String wrongCode = failedSignIn(family.mother(), phone, code -> code.equals("000000") ? "111111" : "000000");
    String expired = failedSignIn(family.mother(), phone, code -> {
      jdbc.sql("UPDATE sign_in_code SET expires_at = :past WHERE phone = :phone")
          .param("past", java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusMinutes(6)))
          .param("phone", phone).update();
      return code;
    });
    String unknownPerson = failedSignIn(TestIdentityNumbers.of("230103", LocalDate.of(1985, 5, 5)), phone,
        code -> code.equals("000000") ? "111111" : "000000");
    String unknownPhone = failedSignIn(family.mother(), newPhone(), code -> code.equals("000000") ? "111111" : "000000");

    assertThat(expired).isEqualTo(wrongCode);
    assertThat(unknownPerson).isEqualTo(wrongCode);
    assertThat(unknownPhone).isEqualTo(wrongCode);
    assertThat(wrongCode).contains("验证码不正确或已失效");

    PortalClient first = browser();
    first.get("/portal/sign-in");
    first.post("/portal/sign-in/code", Map.of("idNumber", family.mother(), "phone", phone));
    String code = sms.lastCodeTo(phone);
    assertThat(first.post("/portal/sign-in", Map.of("code", code)).statusCode()).isEqualTo(302);
    assertThat(signIn.signIn(family.mother(), phone, code, newAddress())).as("a code works once").isEmpty();
  }

  /** Asks for a code, then enters what {@code entered} makes of it; the answer with phone and token made alike. */
  private String failedSignIn(String idNumber, String phone, java.util.function.UnaryOperator<String> entered) {
    PortalClient client = browser();
    client.get("/portal/sign-in");
    assertThat(client.post("/portal/sign-in/code", Map.of("idNumber", idNumber, "phone", phone)).statusCode())
        .isEqualTo(200);
    HttpResponse<String> answer = client.post("/portal/sign-in", Map.of("code", entered.apply(sms.lastCodeTo(phone))));
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(client.get("/portal/applications").statusCode()).as("not signed in").isEqualTo(302);
    return answer.body().replaceAll("value=\"[^\"]+\"", "value=\"…\"").replaceAll("1\\d\\d\\*\\*\\*\\*\\d{4}", "1xx****xxxx");
  }

  @Test
  void codesPerPhoneAndFailuresPerAddressAreLimited() {
    String phone = newPhone();
    String person = TestIdentityNumbers.of("230102", LocalDate.of(1991, 1, 1));
    for (int code = 1; code <= 5; code++) {
      PortalClient client = browser();
      client.get("/portal/sign-in");
      assertThat(client.post("/portal/sign-in/code", Map.of("idNumber", person, "phone", phone)).statusCode())
          .as("code %d", code).isEqualTo(200);
    }
    PortalClient sixth = browser();
    sixth.get("/portal/sign-in");
    HttpResponse<String> refused = sixth.post("/portal/sign-in/code", Map.of("idNumber", person, "phone", phone));
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
    assertThat(refused.body()).contains("尝试次数过多");
    assertThat(sms.to(phone)).hasSize(5);

    PortalClient guesser = browser();
    String guessedPhone = newPhone();
    guesser.get("/portal/sign-in");
    guesser.post("/portal/sign-in/code", Map.of("idNumber", person, "phone", guessedPhone));
    String code = sms.lastCodeTo(guessedPhone);
    for (int guess = 1; guess <= 10; guess++) {
      String wrong = String.format("%06d", (Integer.parseInt(code) + guess) % 1_000_000);
      assertThat(guesser.post("/portal/sign-in", Map.of("code", wrong)).statusCode()).as("guess %d", guess)
          .isEqualTo(401);
    }
    HttpResponse<String> blocked = guesser.post("/portal/sign-in", Map.of("code", code));
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
    assertThat(guesser.get("/portal/applications").statusCode()).as("not signed in").isEqualTo(302);
  }

  @Test
  void anApplicationFromThePortalIsCheckedByTheIntakeAndKeepsWhatWasEntered() {
    String phone = newPhone();
    TestFamily family = TestFamily.of("230103", TODAY.minusMonths(3), 2).registerIn(registry, 2);
    PortalClient mother = browser();
    mother.signIn(family.mother(), phone, sms);
    HttpResponse<String> form = mother.get("/portal/apply/childcare-subsidy");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"applicantIdNumber\"", "value=\"" + family.mother() + "\"", "readonly",
        "子女姓名", "<label for=\"childName\"");

    assertThat(mother.get("/portal/apply/childcare-subsidy?lang=en").body()).contains("lang=\"en\"",
        "Child&#39;s full name", "Daoli District (230102)", "Submit the application");
    assertThat(mother.get("/portal/apply/childcare-subsidy?lang=zh").body()).contains("子女姓名");

    Map<String, String> fields = new java.util.HashMap<>(Map.ofEntries(Map.entry("applicantName", "王芳"),
        Map.entry("applicantRelationship", "MOTHER"), Map.entry("divisionCode", "230103"),
        Map.entry("childName", "张小明"), Map.entry("childIdNumber", "230103202501019999"),
        Map.entry("childBirthDate", family.childBirthDate().toString()), Map.entry("birthOrder", "2"),
        Map.entry("otherParentName", "张伟"), Map.entry("otherParentIdNumber", family.father()),
        Map.entry("bankName", "中国工商银行哈尔滨分行"), Map.entry("bankAccount", "6222021234567890123"),
        Map.entry("applicantIdNumber", family.father()), Map.entry("applicantPhone", newPhone())));
    long applications = jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    HttpResponse<String> refused = mother.post("/portal/apply/childcare-subsidy", fields);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("href=\"#childIdNumber\"", "id=\"childIdNumber-error\"", "有效的18位居民身份证号码",
        "value=\"张小明\"", "value=\"230103202501019999\"");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isEqualTo(applications);

    fields.put("childIdNumber", family.child());
    HttpResponse<String> applied = mother.post("/portal/apply/childcare-subsidy", fields);
    assertThat(applied.statusCode()).isEqualTo(302);
    String number = applied.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    assertThat(number).startsWith("YE-");
    assertThat(jdbc.sql("SELECT applicant_id_number FROM application WHERE application_number = :n")
        .param("n", number).query(String.class).single()).as("the signed-in citizen applies").isEqualTo(family.mother());
    assertThat(mother.get("/portal/applications/" + number).body()).contains("申请已提交", number, "区卫健局审核");
  }

  @Test
  void withdrawalIsConfirmedBeforeTheDecisionAndRefusedAfterIt() {
    String phone = newPhone();
    TestFamily family = familyWithACase(phone);
    String number = numberOf(family);
    PortalClient mother = browser();
    mother.signIn(family.mother(), phone, sms);

    HttpResponse<String> confirmation = mother.get("/portal/applications/" + number + "/withdrawal");
    assertThat(confirmation.statusCode()).isEqualTo(200);
    assertThat(confirmation.body()).contains("确定撤回", "不能恢复");
    assertThat(mother.post("/portal/applications/" + number + "/withdrawal", Map.of()).statusCode()).isEqualTo(302);
    assertThat(mother.get("/portal/applications/" + number).body()).contains("已撤回", "申请人已撤回申请")
        .doesNotContain("撤回申请</a>");

    assertThat(mother.get("/portal/applications/" + number + "/withdrawal").statusCode()).isEqualTo(409);
    HttpResponse<String> again = mother.post("/portal/applications/" + number + "/withdrawal", Map.of());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("已办结，不能撤回");
  }

  @Test
  void everyCaseTypeShowsItsStepsToEachOfItsParties() {
    String familyPhone = newPhone();
    String mother = TestIdentityNumbers.of("230104", LocalDate.of(1965, 3, 3), false);
    String father = TestIdentityNumbers.of("230104", LocalDate.of(1963, 4, 4), true);
    String special = specialFamily.submitOnline(new SpecialFamilyApplication("赵淑兰", mother, familyPhone, "230104",
        "URBAN", List.of(new SpecialFamilyApplication.ParentEntry("赵淑兰", mother, "NONE"),
            new SpecialFamilyApplication.ParentEntry("钱国强", father, "PARTIAL")),
        List.of(new SpecialFamilyApplication.ChildEntry("钱明", null, LocalDate.of(1990, 6, 6), "MALE", false, null,
            false)), List.of(), "中国建设银行哈尔滨分行", "6217000100090009009")).applicationNumber();
    PortalClient listedParent = browser();
    listedParent.signIn(father, familyPhone, sms);
    HttpResponse<String> specialPage = listedParent.get("/portal/applications/" + special);
    assertThat(specialPage.statusCode()).as("a listed parent with the family's phone").isEqualTo(200);
    assertThat(specialPage.body()).contains("办理中", "道外区").contains("街道");

    String herPhone = newPhone();
    String him = TestIdentityNumbers.of("230102", LocalDate.of(1994, 2, 2), true);
    String her = TestIdentityNumbers.of("230102", LocalDate.of(1996, 3, 3), false);
    String oneStop = marriageBirth.submitOnline(new MarriageBirthApplication(List.of(
        new MarriageBirthApplication.Partner("王强", him, newPhone(), "230102", null),
        new MarriageBirthApplication.Partner("赵丽", her, herPhone, "230102", null)), false, null,
        List.of("HEALTH_EDUCATION"), null)).applicationNumber();
    PortalClient partner = browser();
    partner.signIn(her, herPhone, sms);
    assertThat(partner.get("/portal/applications").body()).contains(oneStop, "婚育一站式服务");
    assertThat(partner.get("/portal/applications/" + oneStop).body()).contains("办理中", "民政局");
  }

  static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
      .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  /** The start of a Windows executable, as a renamed program begins. */
  static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

  private long storedFiles() {
    return jdbc.sql("SELECT COUNT(*) FROM material_file").query(Long.class).single()
        + jdbc.sql("SELECT COUNT(*) FROM material_submission").query(Long.class).single();
  }

  /** A caseworker of the bureau, created for the test (the PostgreSQL set-up has no demo users). */
  private String caseworkerOf(String groupId) {
    String id = "cw" + ThreadLocalRandom.current().nextInt(1_000_000);
    org.camunda.bpm.engine.identity.User user = identityService.newUser(id);
    user.setPassword("worker-secret");
    identityService.saveUser(user);
    identityService.createMembership(id, groupId);
    return id;
  }

  @Test
  void requestedMaterialIsUploadedCheckedAndOpenedByTheCaseworker() {
    String phone = newPhone();
    TestFamily family = familyWithACase(phone);
    String number = numberOf(family);
    PortalClient mother = browser();
    mother.signIn(family.mother(), phone, sms);
    assertThat(mother.get("/portal/applications/" + number + "/material").statusCode()).as("nothing asked yet")
        .isEqualTo(409);
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of("reviewDecision", "requestMaterial", "missingMaterial", "出生医学证明"));

    assertThat(mother.get("/portal/applications/" + number).body()).contains("待补正材料", "出生医学证明", "提交补正材料");
    String materialPage = "/portal/applications/" + number + "/material";
    assertThat(mother.get(materialPage).body()).contains("enctype=\"multipart/form-data\"", "<label for=\"files\"");
    long stored = storedFiles();
    Map<String, String> description = Map.of("description", "出生医学证明扫描件");

    HttpResponse<String> program = mother.postFiles(materialPage, description, Map.of("出生证明.pdf", EXECUTABLE));
    assertThat(program.statusCode()).isEqualTo(400);
    assertThat(program.body()).contains("不是 PDF、JPEG 或 PNG", "href=\"#files\"", "出生医学证明扫描件");
    byte[] tooLarge = java.util.Arrays.copyOf(PDF, 11 * 1024 * 1024);
    HttpResponse<String> large = mother.postFiles(materialPage, description, Map.of("大文件.pdf", tooLarge));
    assertThat(large.statusCode()).isEqualTo(400);
    assertThat(large.body()).contains("超过 10 MB");
    Map<String, byte[]> six = new java.util.LinkedHashMap<>();
    for (int file = 1; file <= 6; file++) {
      six.put("page" + file + ".pdf", PDF);
    }
    HttpResponse<String> tooMany = mother.postFiles(materialPage, description, six);
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("最多上传 5 个文件");
    assertThat(storedFiles()).as("nothing stored from a refused upload").isEqualTo(stored);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).count()).as("still waiting").isZero();

    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("出生医学证明.pdf", PDF);
    files.put("照片.png", PNG);
    HttpResponse<String> supplied = mother.postFiles(materialPage, description, files);
    assertThat(supplied.statusCode()).isEqualTo(302);
    assertThat(mother.get("/portal/applications/" + number).body()).contains("补正材料已提交", "出生医学证明.pdf", "照片.png");
    org.camunda.bpm.engine.task.Task review = taskService.createTaskQuery().processInstanceBusinessKey(number)
        .singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_DistrictReview");
    String links = (String) taskService.getVariable(review.getId(), "suppliedMaterialFiles");
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\[出生医学证明\\.pdf]\\((/staff/material-files/\\d+)\\)")
        .matcher(links);
    assertThat(link.find()).as(links).isTrue();
    String file = link.group(1);

    String daoli = caseworkerOf("district-health-230102");
    org.springframework.http.ResponseEntity<byte[]> opened = rest.withBasicAuth(daoli, "worker-secret")
        .getForEntity(file, byte[].class);
    assertThat(opened.getStatusCode().value()).isEqualTo(200);
    assertThat(opened.getBody()).isEqualTo(PDF);
    assertThat(opened.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(rest.withBasicAuth(caseworkerOf("district-health-230103"), "worker-secret")
        .getForEntity(file, String.class).getStatusCode().value()).as("another district").isEqualTo(403);
    assertThat(rest.withBasicAuth(daoli, "worker-secret").getForEntity("/staff/material-files/999999999", String.class)
        .getStatusCode().value()).as("no such file").isEqualTo(404);
    assertThat(rest.getForEntity(file, String.class).getStatusCode().value()).as("nobody signed in").isEqualTo(401);
    assertThat(mother.get(file).statusCode()).as("the citizen's session is no staff login").isEqualTo(401);
  }

  @Test
  void paymentsAreShownMonthByMonthWithFailuresAndRetriesAndToldBySms() {
    String phone = newPhone();
    TestFamily family = familyWithACase(phone);
    String number = numberOf(family);
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of("reviewDecision", "approve"));
    java.time.YearMonth thisMonth = java.time.YearMonth.now(cn.harbin.fertility.common.TimeConfiguration.HARBIN);

    cn.harbin.fertility.payments.Disbursements.Batch failedRun = disbursements.collect("childcare-subsidy", thisMonth);
    disbursements.approveForExport(failedRun.id(), "finance");
    long payment = failedRun.payments().stream().filter(paid -> paid.applicationNumber().equals(number))
        .findFirst().orElseThrow().id();
    disbursements.confirm(failedRun.id(), Map.of(payment, "账户已销户"), "finance");
    cn.harbin.fertility.payments.Disbursements.Batch paidRun = disbursements.collect("childcare-subsidy", thisMonth);
    disbursements.approveForExport(paidRun.id(), "finance");
    disbursements.confirm(paidRun.id(), Map.of(), "finance");

    PortalClient mother = browser();
    mother.signIn(family.mother(), phone, sms);
    String page = mother.get("/portal/applications/" + number).body();
    assertThat(page).contains("已办结（准予）", "育儿补贴", "500.00 元", "已发放", "批次 " + failedRun.id() + " 未成功（账户已销户）",
        "****0123", "未能发放", "已发放至尾号 0123");
    assertThat(page).contains(">" + paidRun.id() + "<", "500.00 元 每月").doesNotContain("待市里公布标准后发放");

    delivery.deliverDue();
    assertThat(sms.to(phone)).anyMatch(message -> message.contains("已受理"))
        .anyMatch(message -> message.contains("未能发放至尾号 0123 的账户（账户已销户）"))
        .anyMatch(message -> message.contains("已发放至尾号 0123"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE application_number = :n AND delivery <> 'SENT'")
        .param("n", number).query(Long.class).single()).isZero();
  }

  @Test
  void aSpecialFamilysErrorsLandOnTheSlotsTheyCameFrom() {
    PortalClient parent = browser();
    String phone = newPhone();
    parent.signIn(TestIdentityNumbers.of("230104", LocalDate.of(1965, 3, 3), false), phone, sms);
    assertThat(parent.get("/portal/apply/special-family-assistance").body()).contains("父母二身份证号码", "子女3姓名");
    long applications = jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();

    HttpResponse<String> refused = parent.post("/portal/apply/special-family-assistance", Map.of(
        "applicantName", "赵淑兰", "divisionCode", "230104", "household", "URBAN",
        "parent2Name", "钱国强", "parent2IdNumber", "23010419630404123",
        "child2Name", "钱明", "child2BirthDate", "2090-06-06", "child2Sex", "MALE",
        "bankName", "中国建设银行哈尔滨分行", "bankAccount", "6217000100090009009"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"parent2IdNumber-error\"", "id=\"child2BirthDate-error\"",
        "value=\"钱国强\"", "value=\"2090-06-06\"");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isEqualTo(applications);
  }

  @Test
  void aRejectedCaseShowsItsReasonAndSigningOutEndsTheSession() {
    String phone = newPhone();
    TestFamily family = familyWithACase(phone);
    String number = numberOf(family);
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of("reviewDecision", "reject", "rejectionReasonZh", "该子女不属于按政策生育的第二个子女"));
    PortalClient mother = browser();
    mother.signIn(family.mother(), phone, sms);

    HttpResponse<String> page = mother.get("/portal/applications/" + number);
    assertThat(page.body()).contains("已办结（不予批准）", "该子女不属于按政策生育的第二个子女", "办结时间").doesNotContain("撤回申请</a>");
    assertThat(mother.get("/api/me/applications/" + number).body()).contains("\"stage\":\"REJECTED\"",
        "\"withdrawable\":false");

    HttpResponse<String> signedOut = mother.post("/portal/sign-out", Map.of());
    assertThat(signedOut.statusCode()).isEqualTo(302);
    assertThat(mother.get("/portal/applications/" + number).statusCode()).isEqualTo(302);
    assertThat(mother.get("/api/me/applications").statusCode()).isEqualTo(401);
  }

  @Test
  void theOneStopServiceAndTheSpecialFamilySchemesAreAppliedForInThePortal() {
    String phone = newPhone();
    String him = TestIdentityNumbers.of("230102", LocalDate.of(1993, 2, 2), true);
    String her = TestIdentityNumbers.of("230102", LocalDate.of(1995, 3, 3), false);
    PortalClient couple = browser();
    couple.signIn(him, phone, sms);
    couple.get("/portal/apply/marriage-birth-one-stop");
    HttpResponse<String> oneStop = couple.post("/portal/apply/marriage-birth-one-stop", Map.of(
        "partner1Name", "王强", "partner1DivisionCode", "230102", "partner2Name", "赵丽", "partner2IdNumber", her,
        "partner2Phone", newPhone(), "partner2DivisionCode", "230102", "healthEducation", "true"));
    assertThat(oneStop.statusCode()).isEqualTo(302);
    String oneStopNumber = oneStop.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    assertThat(oneStopNumber).startsWith("HY-");
    assertThat(couple.get("/portal/applications/" + oneStopNumber).body()).contains("婚育一站式服务", "办理中");

    String familyPhone = newPhone();
    String mother = TestIdentityNumbers.of("230104", LocalDate.of(1965, 5, 5), false);
    String father = TestIdentityNumbers.of("230104", LocalDate.of(1963, 6, 6), true);
    PortalClient parent = browser();
    parent.signIn(mother, familyPhone, sms);
    parent.get("/portal/apply/special-family-assistance");
    Map<String, String> family = new java.util.HashMap<>(Map.of("applicantName", "赵淑兰", "divisionCode", "230104",
        "household", "URBAN", "parent1Name", "赵淑兰", "parent1IdNumber", mother, "parent2Name", "钱国强",
        "parent2IdNumber", father, "bankName", "中国建设银行哈尔滨分行", "bankAccount", "6217000100090009009"));
    family.putAll(Map.of("child1Name", "钱明", "child1BirthDate", "1990-06-06", "child1Sex", "MALE",
        "child1Deceased", "true"));
    HttpResponse<String> special = parent.post("/portal/apply/special-family-assistance", family);
    assertThat(special.statusCode()).as(special.body()).isEqualTo(302);
    String specialNumber = special.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    assertThat(parent.get("/portal/applications/" + specialNumber).body()).contains("计划生育特殊家庭帮扶和奖励扶助",
        "办理中");
  }

  @Test
  void aMotherAppliesAfterABirthForEverySchemeInThePortal() {
    String phone = newPhone();
    LocalDate born = LocalDate.now(cn.harbin.fertility.common.TimeConfiguration.HARBIN).minusDays(15);
    TestFamily family = TestFamily.of("230102", born, 2).registerIn(registry, 2);
    PortalClient mother = browser();
    mother.signIn(family.mother(), phone, sms);
    assertThat(mother.get("/portal/apply/birth-one-thing").body()).contains("网签备案号", "公租房");
    Map<String, String> form = new java.util.HashMap<>(Map.of("applicantName", "王芳", "applicantRelationship", "MOTHER",
        "divisionCode", "230102", "childName", "张小明", "childIdNumber", family.child(), "childBirthDate",
        born.toString(), "birthOrder", "2", "otherParentName", "张伟", "otherParentIdNumber", family.father()));
    form.putAll(Map.of("bankName", "中国工商银行哈尔滨分行", "bankAccount", "6222021234567890123",
        "homeFilingNumber", "HF2026-0102-000999", "homeDivisionCode", "230102", "homeContractDate",
        born.plusDays(3).toString()));
    HttpResponse<String> applied = mother.post("/portal/apply/birth-one-thing", form);
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(302);
    String number = applied.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    assertThat(number).startsWith("CS-");
    assertThat(mother.get("/portal/applications/" + number).body()).contains("新生儿出生“一件事”", "办理中", "各项待遇",
        "购房补贴（§3.4.2b）", "符合条件，正在办理", "住房公积金贷款", "市住房公积金中心确认贷款条件")
        .as("each scheme's process shows its steps, not how the case called it")
        .doesNotContain("公积金贷款条件（市住房公积金中心）", "出生一件事转来");
    assertThat(mother.get("/portal/applications/" + number + "?lang=en").body()).contains("Home-purchase subsidy",
        "Qualifies, in progress");

    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_ProvidentFundConfirmation").singleResult().getId(),
        Map.of("providentFundDecision", "APPROVED"));
    String code = jdbc.sql("SELECT verification_code FROM certificate WHERE application_number = :number")
        .param("number", number).query(String.class).single();
    String printed = code.replaceAll("(.{4})(?!$)", "$1-");
    String pdfPath = "/portal/applications/" + number + "/certificates/" + printed + ".pdf";
    assertThat(mother.get("/portal/applications/" + number + "?lang=zh").body()).contains("已确认并出具证明",
        "住房公积金贷款缴存期限证明",
        "证明编号 " + printed, "href=\"" + pdfPath + "\"");

    HttpResponse<byte[]> pdf = mother.download(pdfPath);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
    assertThat(pdfText(pdf.body())).contains(number, printed, "§3.4.2c", "张伟",
        "/api/certificates/" + printed).doesNotContain(family.mother(), family.father());
    assertThat(browser().download(pdfPath).statusCode()).as("not signed in").isEqualTo(302);
    String strangersPhone = newPhone();
    PortalClient stranger = browser();
    stranger.signIn(familyWithACase(strangersPhone).mother(), strangersPhone, sms);
    assertThat(stranger.download(pdfPath).statusCode()).as("someone else's case").isEqualTo(404);

    HttpResponse<String> verified = browser().get("/api/certificates/" + code.toLowerCase());
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).contains("\"applicationNumber\":\"" + number + "\"", "\"verificationCode\":\""
        + printed + "\"", "\"clause\":\"§3.4.2c\"", "张伟", "+08:00").doesNotContain(family.mother(), family.father());
    HttpResponse<String> unknown = browser().get("/api/certificates/23456789ABCDEFGH");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("未找到该编号的证明").doesNotContain("Exception");
    HttpResponse<String> notACode = browser().get("/api/certificates/0000-1111");
    assertThat(notACode.statusCode()).isEqualTo(400);
    assertThat(notACode.body()).contains("这不是证明编号").doesNotContain("申请信息有误");
    assertThat(mother.get("/api/me/applications/" + number).body()).contains("\"pdfUrl\":\"" + pdfPath + "\"",
        "\"scheme\":\"home-purchase-subsidy\"");
  }

  @Test
  void aNurserysContactReportsItsMonthInThePortalAndOnlyItsDistrictReviewsIt() {
    java.time.YearMonth month = java.time.YearMonth.from(TODAY);
    cn.harbin.fertility.nursery.TestNurseries.TestNursery nursery = nurseries.recognised("230102",
        month.minusMonths(3).atDay(1));
    String number = nurseries.openMonth(nursery, month).applicationNumber();
    String child = cn.harbin.fertility.support.TestIdentityNumbers.of("230102", TODAY.minusMonths(14));
    registry.saveAll(List.of(new cn.harbin.fertility.population.PopulationRecord(child, "小明", "230102", null, null, 1,
        TODAY.minusMonths(14), "TEST")));
    String header = "身份证号码,姓名,入托起始日期,入托截止日期\n";
    String good = header + child + ",小明," + month.atDay(1) + "," + month.atEndOfMonth() + "\n";

    PortalClient contact = browser();
    contact.signIn(nursery.contactIdNumber(), nursery.contactPhone(), sms);
    assertThat(contact.get("/portal/applications").body()).contains("href=\"/portal/nurseries\"", number);
    assertThat(contact.get("/portal/nurseries").body()).contains(nursery.creditCode(), "待报送");
    String page = "/portal/nurseries/" + nursery.creditCode() + "/months/" + month;
    assertThat(contact.get(page).body()).contains("enctype=\"multipart/form-data\"", "身份证号码,姓名,入托起始日期,入托截止日期");

    HttpResponse<String> bad = contact.postFiles(page, Map.of(), "file", Map.of("名单.csv",
        (good + "230102201901010000,小红," + month.atDay(1) + "," + month.atDay(2) + "\n").getBytes(
            java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("第3行：身份证号码不正确").doesNotContain("Exception");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM nursery_report_child WHERE application_number = :number")
        .param("number", number).query(Long.class).single()).as("nothing stored").isZero();
    HttpResponse<String> gbk = contact.postFiles(page, Map.of(), "file", Map.of("名单.csv",
        good.getBytes(java.nio.charset.Charset.forName("GBK"))));
    assertThat(gbk.body()).contains("不是UTF-8编码");

    PortalClient stranger = browser();
    String strangersPhone = newPhone();
    stranger.signIn(familyWithACase(strangersPhone).mother(), strangersPhone, sms);
    HttpResponse<String> notTheirs = stranger.get(page);
    assertThat(notTheirs.statusCode()).as("not their nursery").isEqualTo(404);
    assertThat(notTheirs.body()).as("the portal's own error page").contains("未找到该托育机构", "无法完成")
        .doesNotContain("messageZh");
    assertThat(stranger.postFiles(page, Map.of("children", good), "file", Map.of()).statusCode()).isEqualTo(404);

    HttpResponse<String> reported = contact.postFiles(page, Map.of("children", good), "file", Map.of());
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(302);
    assertThat(contact.get(page).body()).contains("名单已报送", "已报送，待区卫健局核定", "小明", "待核定");

    String daoli = caseworkerOf("district-health-230102");
    String nangang = caseworkerOf("district-health-230103");
    assertThat(rest.withBasicAuth(daoli, "worker-secret").getForObject("/engine-rest/task?processInstanceBusinessKey="
        + number, String.class)).contains("区卫健局核定月度名单");
    assertThat(rest.withBasicAuth(nangang, "worker-secret").getForObject("/engine-rest/task?processInstanceBusinessKey="
        + number, String.class)).as("another district's nursery").isEqualTo("[]");
  }

  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }
}
