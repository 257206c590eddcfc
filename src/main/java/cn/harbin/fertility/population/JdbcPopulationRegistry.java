package cn.harbin.fertility.population;

import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry in our own {@code population_record} table, filled by CSV import and birth registrations. */
@Repository
public class JdbcPopulationRegistry implements PopulationRegistry {

  private final JdbcClient jdbc;

  public JdbcPopulationRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<PopulationRecord> find(String idNumber) {
    return findAll(List.of(idNumber)).stream().findFirst();
  }

  @Override
  public List<PopulationRecord> findAll(Collection<String> idNumbers) {
    return jdbc.sql("SELECT * FROM population_record WHERE id_number IN (:ids)")
        .param("ids", idNumbers)
        .query((row, n) -> new PopulationRecord(
            row.getString("id_number"),
            row.getString("name"),
            row.getString("division_code"),
            row.getString("father_id_number"),
            row.getString("mother_id_number"),
            (Integer) row.getObject("birth_order", Integer.class),
            row.getDate("birth_date").toLocalDate(),
            row.getString("source")))
        .list();
  }

  /** Adds or replaces the records, all or none. */
  @Transactional
  public int saveAll(Collection<PopulationRecord> records) {
    for (PopulationRecord record : records) {
      jdbc.sql("DELETE FROM population_record WHERE id_number = :id").param("id", record.idNumber()).update();
      jdbc.sql("""
              INSERT INTO population_record (id_number, name, division_code, father_id_number, mother_id_number,
                birth_order, birth_date, source)
              VALUES (:id, :name, :division, :father, :mother, :birthOrder, :birthDate, :source)""")
          .param("id", record.idNumber())
          .param("name", record.name())
          .param("division", record.divisionCode())
          .param("father", record.fatherIdNumber())
          .param("mother", record.motherIdNumber())
          .param("birthOrder", record.birthOrder())
          .param("birthDate", Date.valueOf(record.birthDate()))
          .param("source", record.source())
          .update();
    }
    return records.size();
  }
}
