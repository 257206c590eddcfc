package cn.harbin.fertility.marriagebirth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.TestIdentityNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApplicationOnH2
class MarriageBirthApiTest {

  private static final String URL = "/api/marriage-birth-one-stop/applications";
  private static final LocalDate TODAY = LocalDate.now(TimeConfiguration.HARBIN);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  private MarriageBirthApplication couple(LocalDate manBorn, LocalDate womanBorn) {
    return new MarriageBirthApplication(List.of(
        new MarriageBirthApplication.Partner("王强", TestIdentityNumbers.of("230104", manBorn, true), "13800450011", "230104", null),
        new MarriageBirthApplication.Partner("赵丽", TestIdentityNumbers.of("230104", womanBorn, false), "13800450012", "230104", null)),
        false, null, List.of("HEALTH_EDUCATION"), null);
  }

  private long traces() {
    return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()
        + runtimeService.createProcessInstanceQuery().processDefinitionKey("marriage-birth-one-stop").count();
  }

  @ParameterizedTest(name = "man {0} years minus {1} days, woman {2} years minus {3} days: {4}")
  @CsvSource({"22, 0, 20, 0, 201", "22, 1, 20, 0, 400", "22, 0, 20, 1, 400"})
  void theLegalMarriageAgeIsCheckedToTheDay(int manYears, int manDaysShort, int womanYears, int womanDaysShort, int status) {
    long traces = traces();
    ResponseEntity<Map> response = rest.postForEntity(URL, couple(TODAY.minusYears(manYears).plusDays(manDaysShort),
        TODAY.minusYears(womanYears).plusDays(womanDaysShort)), Map.class);

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    if (status == 400) {
      assertThat(response.getBody().get("errors").toString()).contains("未达法定婚龄", "第1047条");
      assertThat(traces()).isEqualTo(traces);
    }
  }

  @Test
  void theSameCoupleCannotHaveTwoCasesAtOnce() {
    MarriageBirthApplication application = couple(LocalDate.of(1994, 1, 1), LocalDate.of(1996, 1, 1));
    assertThat(rest.postForEntity(URL, application, Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.postForEntity(URL, application, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    MarriageBirthApplication other = new MarriageBirthApplication(application.partners(), false, null,
        List.of("PREMARITAL_CHECK"), null);
    assertThat(rest.postForEntity(URL, other, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void incompleteCouplesAreRefusedFieldByField() {
    ResponseEntity<Map> response = rest.postForEntity(URL, Map.of("partners", List.of(Map.of("name", "王强")),
        "alreadyMarried", true, "services", List.of("BIRTH_REGISTRATION", "FREE_HOUSE")), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").toString()).contains("请填写男女双方", "marriageCertificateNumber",
        "services", "plannedChildOrder", "partners[0].idNumber");
  }

  @Test
  void aCoupleWithNobodyRegisteredInHarbinIsSentToTheirOwnCity() {
    long traces = traces();
    MarriageBirthApplication elsewhere = new MarriageBirthApplication(List.of(
        new MarriageBirthApplication.Partner("李军", TestIdentityNumbers.of("210102", LocalDate.of(1993, 5, 1), true), "13800450021", null, "辽宁省"),
        new MarriageBirthApplication.Partner("陈静", TestIdentityNumbers.of("220102", LocalDate.of(1995, 6, 1), false), "13800450022", null, "吉林省")),
        false, null, List.of("HEALTH_EDUCATION"), null);

    ResponseEntity<Map> response = rest.postForEntity(URL, elsewhere, Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").toString()).contains("至少一方须为哈尔滨市户籍");
    assertThat(traces()).isEqualTo(traces);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"火星, 400", "Harbin Street 1, 400", "吉林省, 201", "吉林, 201", "Jilin, 201", "xizang, 201"})
  void aPartnerRegisteredElsewhereNamesAProvince(String province, int status) {
    long traces = traces();
    LocalDate born = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3_000));
    MarriageBirthApplication crossProvince = new MarriageBirthApplication(List.of(
        new MarriageBirthApplication.Partner("王强", TestIdentityNumbers.of("230104", born, true), "13800450031",
            "230104", null),
        new MarriageBirthApplication.Partner("陈静", TestIdentityNumbers.of("220102", born, false), "13800450032",
            null, province)),
        false, null, List.of("HEALTH_EDUCATION"), null);

    ResponseEntity<Map> response = rest.postForEntity(URL, crossProvince, Map.class);

    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    if (status == 400) {
      assertThat(response.getBody().get("errors").toString()).contains("partners[1].province", "吉林省");
      assertThat(traces()).isEqualTo(traces);
    } else {
      assertThat(jdbc.sql("SELECT province FROM marriage_birth_partner WHERE application_number = :n AND position = 1")
          .param("n", response.getBody().get("applicationNumber")).query(String.class).single())
          .as("kept by its full name").isIn("吉林省", "西藏自治区");
    }
  }
}
