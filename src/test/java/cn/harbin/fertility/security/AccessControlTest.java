package cn.harbin.fertility.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

@ApplicationOnH2
class AccessControlTest {

  @Autowired TestRestTemplate rest;

  @Test
  void engineRestNeedsCredentials() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("housing", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
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
  void anEncodedPathDoesNotSlipPastTheStaffLogins() {
    assertThat(rest.getForEntity(URI.create(rest.getRootUri() + "/api/%70ayments/batches/1/bank-file"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.postForEntity(URI.create(rest.getRootUri() + "/api/%61dmin/population-records"), "x", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity(URI.create(rest.getRootUri() + "/actuator/%6detrics"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
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
