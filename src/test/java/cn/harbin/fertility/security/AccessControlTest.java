package cn.harbin.fertility.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.PortalClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

@ApplicationOnH2
class AccessControlTest {

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  @Test
  void engineRestNeedsCredentials() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("housing", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin:admin:/engine-rest/task", "housing:wrong:/engine-rest/task",
      "admin:admin:/engine-rest/task;x=1", "admin:admin:/camunda/api/engine/engine/default/task"})
  void engineApiAnswersAreNeverCachedNorSniffed(String call) {
    String[] user = call.split(":", 3);
    HttpHeaders headers = rest.withBasicAuth(user[0], user[1]).getForEntity(user[2], String.class).getHeaders();

    assertThat(headers.getCacheControl()).contains("no-store");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void twentyWrongPasswordsNeverLockTheAccount() throws InterruptedException {
    int throttled = 0;
    for (int attempt = 0; attempt < 20; attempt++) {
      HttpStatusCode status = basicFrom("10.20.0.1", "admin", "guess" + attempt).getStatusCode();
      assertThat(status.value()).isIn(401, 429);
      throttled += status.value() == 429 ? 1 : 0;
    }
    assertThat(throttled).as("guesses refused unchecked").isPositive();
    assertThat(basicFrom("10.20.0.2", "admin", "admin").getStatusCode()).as("the administrator elsewhere")
        .isEqualTo(HttpStatus.OK);

    ResponseEntity<String> tooSoon = basicFrom("10.20.0.1", "admin", "admin");
    assertThat(tooSoon.getStatusCode().value()).isEqualTo(429);
    assertThat(tooSoon.getBody()).contains("秒后再试");
    Thread.sleep(Long.parseLong(tooSoon.getHeaders().getFirst("Retry-After")) * 1000);
    assertThat(basicFrom("10.20.0.1", "admin", "admin").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> basicFrom(String clientAddress, String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", clientAddress);
    headers.setBasicAuth(user, password);
    return rest.exchange("/engine-rest/task?maxResults=1", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void theAdministratorSeesEverything() {
    ResponseEntity<String> definitions = rest.withBasicAuth("admin", "admin")
        .getForEntity("/engine-rest/process-definition/count?key=childcare-subsidy", String.class);
    assertThat(definitions.getBody()).isEqualTo("{\"count\":1}");
    ResponseEntity<String> tasks = rest.withBasicAuth("admin", "admin")
        .getForEntity("/engine-rest/task?processDefinitionKey=childcare-subsidy", String.class);
    assertThat(tasks.getBody()).contains("区卫健局审核");
  }

  @Test
  void healthIsPublicAndReportsEngineJobExecutorAndDatabase() {
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"processEngine\"", "\"jobExecutor\"", "\"db\"");
  }

  @Test
  void everyOtherActuatorEndpointNeedsAStaffLogin() {
    assertThat(rest.getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("finance", "wrong").getForEntity("/actuator/metrics", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("supervisor", DemoUsers.PASSWORD).getForEntity("/actuator/metrics", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theStaffEndpointsSayInChineseAndEnglishWhatIsMissing() {
    ResponseEntity<String> anonymous = rest.getForEntity("/actuator/metrics", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getBody()).contains("请用工作人员账号登录", "Sign in with a staff account");
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");

    ResponseEntity<String> caseworker = rest.withBasicAuth("daolihealth", DemoUsers.PASSWORD)
        .getForEntity("/api/payments/batches/1/bank-file", String.class);
    assertThat(caseworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseworker.getBody()).contains("您的账号无权进行此操作", "Your account may not do this");

    ResponseEntity<String> dashboard = rest.withBasicAuth("daolihealth", DemoUsers.PASSWORD)
        .getForEntity("/supervision", String.class);
    assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(dashboard.getBody()).contains("督查看板仅限督查人员和市卫生健康委", "supervisors");
  }

  @Test
  void anEncodedPathDoesNotSlipPastTheStaffLogins() {
    assertThat(rest.getForEntity(URI.create(rest.getRootUri() + "/api/%70ayments/batches/1/bank-file"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.postForEntity(URI.create(rest.getRootUri() + "/api/%61dmin/population-records"), "x", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity(URI.create(rest.getRootUri() + "/actuator/%6detrics"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anEncodedPathReachesNoStaffFileSupervisionPageOrCitizenCaseWithoutItsLogin() {
    assertThat(rest.getForEntity(encoded("/st%61ff/bank-files/1"), String.class).getStatusCode())
        .as("a bank file, anonymous").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("daolihealth", DemoUsers.PASSWORD)
        .getForEntity(encoded("/staff/b%61nk-files/1"), String.class).getStatusCode())
        .as("a bank file, a district's caseworker").isEqualTo(HttpStatus.FORBIDDEN);
    for (String path : List.of("/s%75pervision", "/s%75pervision/cases?from=2020-01-01&to=2030-01-01",
        "/s%75pervision/report/2026.xlsx")) {
      ResponseEntity<String> anonymous = rest.getForEntity(encoded(path), String.class);
      String answer = anonymous.getStatusCode().value() == 200 ? anonymous.getBody()
          : "sign-in " + anonymous.getStatusCode();
      assertThat(answer).as(path).containsAnyOf("督查看板登录", "sign-in 302");
      if (anonymous.getStatusCode().value() == 302) {
        assertThat(anonymous.getHeaders().getLocation().getPath()).as(path).isEqualTo("/supervision/sign-in");
      }
    }
    assertThat(rest.getForEntity(encoded("/api/m%65/applications"), String.class).getStatusCode())
        .as("a citizen's cases, anonymous").isEqualTo(HttpStatus.UNAUTHORIZED);
    HttpHeaders form = new HttpHeaders();
    form.set(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded");
    assertThat(rest.postForEntity(encoded("/port%61l/sign-in/code"),
        new HttpEntity<>("idNumber=230102199001011234&phone=13800000000", form), String.class).getStatusCode())
        .as("the portal's sign-in, without its CSRF token").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theSupervisorsSignInPageSlowsDownPasswordGuessing() {
    PortalClient guesser = new PortalClient(port, "10.20.0.7");
    guesser.get("/supervision/sign-in");
    int throttled = 0;
    for (int attempt = 0; attempt < 20; attempt++) {
      HttpResponse<String> guess = guesser.post("/supervision/sign-in",
          Map.of("username", "supervisor", "password", "guess" + attempt));
      assertThat(guess.statusCode()).as("attempt " + attempt).isEqualTo(302);
      String location = guess.headers().firstValue("Location").orElseThrow();
      if (location.contains("/supervision/sign-in?wait=")) {
        throttled++;
        assertThat(guesser.get(URI.create(location).getPath() + "?" + URI.create(location).getQuery()).body())
            .as("the page says how long to wait").containsPattern("登录失败次数过多，请 \\d+ 秒后再试");
      } else {
        assertThat(location).as("attempt " + attempt).endsWith("/supervision/sign-in?error");
      }
    }
    assertThat(throttled).as("guesses refused unchecked").isPositive();

    PortalClient supervisor = new PortalClient(port, "10.20.0.8");
    supervisor.get("/supervision/sign-in");
    HttpResponse<String> signedIn = supervisor.post("/supervision/sign-in",
        Map.of("username", "supervisor", "password", DemoUsers.PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).as("the supervisor elsewhere")
        .endsWith("/supervision");
  }

  @Test
  void aSignInWithoutItsPagesTokenIsSentBackToThePage() {
    HttpResponse<String> stale = new PortalClient(port, "10.20.0.9").post("/supervision/sign-in",
        Map.of("username", "supervisor", "password", DemoUsers.PASSWORD));
    assertThat(stale.statusCode()).isEqualTo(302);
    assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("/supervision/sign-in");
  }

  private URI encoded(String path) {
    return URI.create(rest.getRootUri() + path);
  }

  @Test
  void webappsRefuseAChangeWithoutTheirCsrfToken() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded");
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>("username=daolihealth&password=demo", headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(login.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/index.html", "/css/landing.css", "/swagger-ui/index.html", "/v3/api-docs",
      "/portal", "/portal/sign-in", "/css/portal.css", "/api/childcare-subsidy/applications", "/api/admin/population-records",
      "/actuator/health"})
  void everyPageAndApiOfOursSendsTheSecurityHeaders(String path) {
    ResponseEntity<String> answer = path.startsWith("/api/") && !path.startsWith("/api/admin")
        ? rest.postForEntity(path, new HttpEntity<>("{}", jsonHeaders()), String.class)
        : rest.getForEntity(path, String.class);

    HttpHeaders headers = answer.getHeaders();
    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(headers.getCacheControl()).contains("no-store");
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    return headers;
  }

  @Test
  void landingPageIsChineseAndLinksTheWebapps() {
    ResponseEntity<String> page = rest.getForEntity("/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("lang=\"zh-CN\"", "哈尔滨市优化生育政策业务办理系统",
        "/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/")
        .doesNotContain("src=\"http", "href=\"http");
  }
}
