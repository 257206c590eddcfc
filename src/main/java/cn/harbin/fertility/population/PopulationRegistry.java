package cn.harbin.fertility.population;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The population registry the cases check against (§3.1.4: police, civil affairs and health data integrated).
 * This application keeps its own copy ({@link JdbcPopulationRegistry}); a city points this interface at its
 * population platform instead by providing another bean.
 */
public interface PopulationRegistry {

  Optional<PopulationRecord> find(String idNumber);

  /** The records of those numbers the registry has, in any order: one call for several people. */
  default List<PopulationRecord> findAll(Collection<String> idNumbers) {
    return idNumbers.stream().distinct().flatMap(idNumber -> find(idNumber).stream()).toList();
  }
}
