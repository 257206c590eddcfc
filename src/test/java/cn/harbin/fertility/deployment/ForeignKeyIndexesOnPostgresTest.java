package cn.harbin.fertility.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL indexes no foreign key by itself: every one of our tables' has an index that starts with it. */
@ApplicationOnPostgres
class ForeignKeyIndexesOnPostgresTest {

  @Autowired JdbcClient jdbc;

  @Test
  void everyForeignKeyOfOurTablesIsIndexed() {
    assertThat(jdbc.sql("""
            SELECT c.conrelid::regclass::text || '.' || a.attname
            FROM pg_constraint c
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.conrelid::regclass::text NOT ILIKE 'act\\_%'
              AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
            ORDER BY 1""").query(String.class).list()).isEmpty();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = 'payment'")
        .query(Long.class).single()).as("the query sees our foreign keys").isEqualTo(2);
  }
}
