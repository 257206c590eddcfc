package cn.harbin.fertility.bench;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loading a benchmark's data into PostgreSQL as one would restore a dump, not as the application writes it row by
 * row: the tables' secondary indexes are dropped and built again afterwards, their triggers (foreign-key checks
 * included: the rows are copies of consistent rows) are off, and the server neither checkpoints nor writes full-page
 * images into its log while it loads. Row by row into random B-tree pages, with a checkpoint every gigabyte of log, a
 * load grew with the square of its size (a tenth of the status lookup's data in 40 s, all of it in 15 minutes). The
 * loaded tables are then vacuumed and analysed, as autovacuum has long done to rows written over months in service,
 * and the settings reset, so that the measured run does not meet autovacuum working through the load. Needs a
 * superuser, as the embedded server's is.
 */
final class PostgresBulkLoad {

  private static final Map<String, String> LOADING = Map.of("full_page_writes", "off", "max_wal_size", "'32GB'",
      "checkpoint_timeout", "'1h'", "maintenance_work_mem", "'1GB'");

  private PostgresBulkLoad() {}

  static void into(JdbcTemplate jdbc, List<String> tables, Runnable load) {
    List<Map<String, Object>> indexes = jdbc.queryForList("""
        SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY (?) AND t.relnamespace = current_schema()::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""",
        (Object) tables.toArray(String[]::new));
    try {
      LOADING.forEach((setting, value) -> jdbc.execute("ALTER SYSTEM SET " + setting + " = " + value));
      jdbc.execute("SELECT pg_reload_conf()");
      tables.forEach(table -> jdbc.execute("ALTER TABLE " + table + " DISABLE TRIGGER ALL"));
      indexes.forEach(index -> jdbc.execute("DROP INDEX " + index.get("name")));
      load.run();
      indexes.forEach(index -> jdbc.execute((String) index.get("definition")));
      tables.forEach(table -> jdbc.execute("ALTER TABLE " + table + " ENABLE TRIGGER ALL"));
      tables.forEach(table -> jdbc.execute("VACUUM ANALYZE " + table));
    } finally {
      LOADING.keySet().forEach(setting -> jdbc.execute("ALTER SYSTEM RESET " + setting));
      jdbc.execute("SELECT pg_reload_conf()");
    }
    jdbc.execute("CHECKPOINT");
  }
}
