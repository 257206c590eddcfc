package cn.harbin.fertility.bureaus;

/**
 * A bureau is a Camunda group: user tasks name it in {@code candidateGroups}.
 *
 * @param groupId the Camunda group id, e.g. {@code district-health-230102}
 * @param division the division a district-level bureau serves; {@code null} for city-level bureaus
 */
public record Bureau(String groupId, String nameZh, String nameEn, Level level, HarbinDivision division) {

  public enum Level {
    CITY,
    DISTRICT
  }

  static Bureau city(String groupId, String nameZh, String nameEn) {
    return new Bureau(groupId, nameZh, nameEn, Level.CITY, null);
  }

  static Bureau district(String groupId, String nameZh, String nameEn, HarbinDivision division) {
    return new Bureau(groupId, nameZh, nameEn, Level.DISTRICT, division);
  }
}
