package cn.harbin.fertility.population;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.bureaus.DemoUsers;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.TestIdentityNumbers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@ApplicationOnH2
class PopulationImportTest {

  private static final String URL = "/api/admin/population-records";
  private static final String HEADER = "id_number,name,division_code,father_id_number,mother_id_number,birth_order,birth_date\n";

  @Autowired TestRestTemplate rest;
  @Autowired PopulationRegistry registry;

  private ResponseEntity<Map> post(TestRestTemplate client, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return client.postForEntity(URL, new HttpEntity<>(csv, headers), Map.class);
  }

  @Test
  void anAdministratorImportsRecordsTheChecksThenFind() {
    String mother = TestIdentityNumbers.of("230104", LocalDate.of(1995, 5, 5));
    String child = TestIdentityNumbers.of("230104", LocalDate.of(2025, 8, 8));

    // As Excel saves "CSV UTF-8": with a byte order mark before the header.
    ResponseEntity<Map> response = post(rest.withBasicAuth("admin", "admin"), "\uFEFF" + HEADER
        + mother + ",李娜,230104,,,,1995-05-05\n"
        + child + ",李小娜,230104,," + mother + ",2,2025-08-08\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("imported", 2);
    assertThat(registry.find(child)).hasValueSatisfying(record -> {
      assertThat(record.motherIdNumber()).isEqualTo(mother);
      assertThat(record.birthOrder()).isEqualTo(2);
      assertThat(record.source()).isEqualTo("CSV");
    });
  }

  @Test
  void oneBadLineRefusesTheWholeFileAndNamesTheLine() {
    String good = TestIdentityNumbers.of("230104", LocalDate.of(1996, 6, 6));

    ResponseEntity<Map> response = post(rest.withBasicAuth("admin", "admin"), HEADER
        + good + ",刘强,230104,,,,1996-06-06\n"
        + "230104199606060000,坏号码,230104,,,,1996-06-06\n"
        + TestIdentityNumbers.of("230104", LocalDate.of(1996, 7, 7)) + ",=cmd,230104,,,,1996-07-07\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors").toString()).contains("第3行", "身份证号码无效", "line 3",
        "第4行：姓名只能包含汉字");
    assertThat(registry.find(good)).isEmpty();
  }

  @Test
  void aFileWithoutTheHeaderOrAsJsonIsRefusedAndSaysWhatIsExpected() {
    String person = TestIdentityNumbers.of("230104", LocalDate.of(1997, 7, 7));
    ResponseEntity<Map> otherHeader = post(rest.withBasicAuth("admin", "admin"),
        "foo,bar\n" + person + ",王芳,230104,,,,1997-07-07\n");
    assertThat(otherHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherHeader.getBody().get("errors").toString()).contains("第1行应为表头 id_number,name,division_code");
    assertThat(registry.find(person)).isEmpty();

    String parent = TestIdentityNumbers.of("230104", LocalDate.of(1970, 7, 7));
    ResponseEntity<Map> noHeader = post(rest.withBasicAuth("admin", "admin"),
        person + ",王芳,230104,," + parent + ",1,1997-07-07\n" + parent + ",王母,230104,,,,1970-07-07\n");
    assertThat(noHeader.getStatusCode()).as("the first line a record, with blank and repeated cells")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noHeader.getBody().get("errors").toString()).contains("第1行应为表头");

    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> asJson = rest.withBasicAuth("admin", "admin")
        .postForEntity(URL, new HttpEntity<>("{}", json), Map.class);
    assertThat(asJson.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(asJson.getBody().get("messageZh").toString()).contains("text/csv");
  }

  @Test
  void onlyAdministratorsMayImport() {
    assertThat(post(rest, HEADER).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post(rest.withBasicAuth("daolihealth", DemoUsers.PASSWORD), HEADER).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
