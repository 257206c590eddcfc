package cn.harbin.fertility.bureaus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BureauDirectoryTest {

  @Test
  void everyDivisionHasItsHealthBureauAndStreetOffices() {
    for (HarbinDivision division : HarbinDivision.values()) {
      assertThat(BureauDirectory.byGroupId("district-health-" + division.code()))
          .hasValueSatisfying(bureau -> {
            assertThat(bureau.level()).isEqualTo(Bureau.Level.DISTRICT);
            assertThat(bureau.division()).isEqualTo(division);
            assertThat(bureau.nameZh()).isEqualTo(division.nameZh() + "卫生健康局");
          });
      assertThat(BureauDirectory.byGroupId("street-" + division.code())).isPresent();
    }
  }

  @Test
  void cityBureausOfTheDesignAreAllThere() {
    assertThat(BureauDirectory.all().stream().filter(bureau -> bureau.level() == Bureau.Level.CITY)
        .map(Bureau::groupId))
        .containsExactlyInAnyOrder("city-health", "civil-affairs", "finance", "housing", "public-security",
            "medical-insurance", "provident-fund", "family-planning-association", "mch-hospital", "supervisors");
  }

  @Test
  void groupIdsAreUniqueAndEveryBureauIsNamedInBothLanguages() {
    assertThat(BureauDirectory.all()).extracting(Bureau::groupId).doesNotHaveDuplicates().hasSize(10 + 2 * 18);
    assertThat(BureauDirectory.all()).allSatisfy(bureau -> {
      assertThat(bureau.nameZh()).isNotBlank();
      assertThat(bureau.nameEn()).isNotBlank();
    });
  }

  @Test
  void nineUrbanDistrictsAndNineCountiesOrCities() {
    assertThat(Arrays.stream(HarbinDivision.values()).filter(HarbinDivision::urbanDistrict))
        .extracting(HarbinDivision::code)
        .containsExactly("230102", "230103", "230104", "230108", "230109", "230110", "230111", "230112", "230113");
    assertThat(HarbinDivision.ofCode("230184")).contains(HarbinDivision.WUCHANG);
    assertThat(HarbinDivision.ofCode("110105")).isEmpty();
  }
}
