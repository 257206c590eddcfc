package cn.harbin.fertility.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@ApplicationOnH2
class AccessControlTest {

  @Autowired TestRestTemplate rest;

  @Test
  void engineRestNeedsCredentials() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password delays further logins of that user (the engine's brute-force protection): another user
    assertThat(rest.withBasicAuth("housing", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
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

  @Test
  void landingPageIsChineseAndLinksTheWebapps() {
    ResponseEntity<String> page = rest.getForEntity("/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("lang=\"zh-CN\"", "哈尔滨市优化生育政策业务办理系统",
        "/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/")
        .doesNotContain("src=\"http", "href=\"http");
  }
}
