package cn.harbin.fertility.bench;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The status-lookup benchmark's data on PostgreSQL: 1,000,000 childcare subsidy applications in the application's
 * tables; for 100,000 of them a finished case in the engine's history (with the case's entitlement and its 36
 * months), for 20,000 a case in flight at the district's review (runtime and history), the rest decided long ago
 * with no engine history left. Two real cases are taken through the application (one granted, one waiting); their
 * rows are then copied in bulk with SQL, every engine id and application number made new, so that each copy is a case
 * as the engine and the application wrote it. 300 of the copies get valid identity numbers and phones of their own:
 * the citizens who sign in.
 */
final class StatusLookupData {

  /** {@code -Dbench.divide=100} loads a hundredth, to try the loading quickly (kept apart from the whole). */
  static final int DIVIDE = Integer.getInteger("bench.divide", 1);
  static final int APPLICATIONS = 1_000_000 / DIVIDE;
  static final int FINISHED = 100_000 / DIVIDE;
  static final int IN_FLIGHT = 20_000 / DIVIDE;
  static final int CITIZENS_PER_KIND = 100;

  /** A citizen who signs in, and the case they look at. */
  record Citizen(String idNumber, String phone, String applicationNumber, String kind) {}

  private static final String NUMBER = "'YE-2025-' || lpad(n::text, 7, '0')";
  private static final String ID_NUMBER = "'230102' || lpad(n::text, 12, '0')";
  /** Copy n of a numeric id: the template's ids are the first few of a fresh database. */
  private static final String SHIFTED = " + n::bigint * 1000";
  /** The engine's tables in an order that satisfies their foreign keys. */
  private static final List<String> ENGINE_TABLES = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task",
      "act_ru_identitylink", "act_ru_variable", "act_ru_job", "act_ru_event_subscr", "act_hi_procinst",
      "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log",
      "act_hi_job_log");
  private static final List<String> TABLES = Stream.concat(Stream.of("application", "childcare_subsidy_claim",
      "notification", "entitlement", "entitlement_period", "task_record"), ENGINE_TABLES.stream()).toList();

  private final JdbcTemplate jdbc;

  StatusLookupData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static List<Citizen> citizens() {
    List<Citizen> citizens = new ArrayList<>();
    for (int i = 0; i < CITIZENS_PER_KIND; i++) {
      citizens.add(citizen(1 + i * (FINISHED / CITIZENS_PER_KIND), "finished", i));
      citizens.add(citizen(FINISHED + 1 + i * (IN_FLIGHT / CITIZENS_PER_KIND), "in flight", CITIZENS_PER_KIND + i));
      citizens.add(citizen(FINISHED + IN_FLIGHT + 1 + i * ((APPLICATIONS - FINISHED - IN_FLIGHT) / CITIZENS_PER_KIND),
          "no engine history", 2 * CITIZENS_PER_KIND + i));
    }
    return citizens;
  }

  private static Citizen citizen(int n, String kind, int i) {
    return new Citizen(IdentityNumber.of("230102", LocalDate.of(1980, 1, 1).plusDays(i), 2).value(),
        "1390045%04d".formatted(i), "YE-2025-%07d".formatted(n), kind);
  }

  void load(ApplicationContext application) {
    String finished = realCase(application, 1, true);
    String waiting = realCase(application, 2, false);
    String finishedRoot = rootOf(finished);
    String waitingRoot = rootOf(waiting);
    // Planned before the load: reading the templates' rows needs the indexes that the load drops.
    List<String> applications = new ArrayList<>();
    applications.addAll(applicationCopies(finished, "1, " + FINISHED, true));
    applications.addAll(applicationCopies(waiting, (FINISHED + 1) + ", " + (FINISHED + IN_FLIGHT), false));
    applications.addAll(applicationCopies(finished, (FINISHED + IN_FLIGHT + 1) + ", " + APPLICATIONS, false));
    List<String> engineCases = new ArrayList<>();
    engineCases.addAll(engineCaseCopies(finishedRoot, "1, " + FINISHED));
    engineCases.add(taskRecordCopies(finished, "1, " + FINISHED));
    engineCases.addAll(engineCaseCopies(waitingRoot, (FINISHED + 1) + ", " + (FINISHED + IN_FLIGHT)));
    engineCases.add(taskRecordCopies(waiting, (FINISHED + 1) + ", " + (FINISHED + IN_FLIGHT)));
    PostgresBulkLoad.into(jdbc, TABLES, () -> {
      long start = System.nanoTime();
      applications.forEach(jdbc::update);
      System.out.printf("[bench] status lookup: %,d applications written in %.0f s%n", APPLICATIONS,
          (System.nanoTime() - start) / 1e9);
      start = System.nanoTime();
      engineCases.forEach(jdbc::update);
      System.out.printf("[bench] status lookup: %,d finished and %,d waiting cases written into the engine's tables"
          + " in %.0f s%n", FINISHED, IN_FLIGHT, (System.nanoTime() - start) / 1e9);
    });
    for (Citizen citizen : citizens()) {
      jdbc.update("UPDATE application SET applicant_id_number = ? WHERE application_number = ?", citizen.idNumber(),
          citizen.applicationNumber());
      jdbc.update("UPDATE childcare_subsidy_claim SET applicant_phone = ? WHERE application_number = ?",
          citizen.phone(), citizen.applicationNumber());
    }
  }

  /** A childcare subsidy case through the application's intake, granted or left at the district's review. */
  private static String realCase(ApplicationContext application, int n, boolean granted) {
    TestFamily family = new TestFamily(IdentityNumber.of("230102", LocalDate.of(1992, 1, 1), n * 2).value(),
        IdentityNumber.of("230102", LocalDate.of(1990, 1, 1), n * 2 + 1).value(),
        IdentityNumber.of("230102", LocalDate.of(2026, 1, 1), n).value(), LocalDate.of(2026, 1, 1), 2, "230102")
        .registerIn(application.getBean(JdbcPopulationRegistry.class), 2);
    String number = application.getBean(ChildcareSubsidyIntake.class).submitOnline(family.application())
        .applicationNumber();
    if (granted) {
      TaskService tasks = application.getBean(TaskService.class);
      tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
          Map.of("reviewDecision", "approve"));
    }
    return number;
  }

  private String rootOf(String applicationNumber) {
    return jdbc.queryForObject("SELECT proc_inst_id_ FROM act_hi_procinst WHERE business_key_ = ?", String.class,
        applicationNumber);
  }

  private List<String> applicationCopies(String template, String series, boolean withEntitlement) {
    List<String> copies = new ArrayList<>(List.of(
        copy("application", "application_number = '" + template + "'", series,
            Map.of("application_number", NUMBER, "applicant_id_number", ID_NUMBER)),
        copy("childcare_subsidy_claim", "application_number = '" + template + "'", series,
            Map.of("application_number", NUMBER)),
        copy("notification", "application_number = '" + template + "'", series,
            Map.of("application_number", NUMBER, "id", "id" + SHIFTED))));
    if (withEntitlement) {
      copies.add(copy("entitlement", "application_number = '" + template + "'", series,
          Map.of("application_number", NUMBER, "id", "id" + SHIFTED, "beneficiary_id_number", ID_NUMBER)));
      copies.add(copy("entitlement_period", "entitlement_id IN (SELECT id FROM entitlement WHERE application_number = '"
          + template + "')", series, Map.of("entitlement_id", "entitlement_id" + SHIFTED)));
    }
    return copies;
  }

  /**
   * Copies of every engine row of the case: each id of the case (every {@code id_} of its rows) becomes the MD5 of
   * {@code id-n} (32 characters, as an engine id is at most 64), in whichever column it stands; the business key
   * becomes application n's number.
   */
  private List<String> engineCaseCopies(String rootInstanceId, String series) {
    Map<String, String> whereByTable = new LinkedHashMap<>();
    for (String table : ENGINE_TABLES) {
      Set<String> columns = new HashSet<>(columnsOf(table));
      // The case calls no process: its rows are its instance's (the engine sets the root only on some of them).
      whereByTable.put(table, columns.contains("proc_inst_id_") ? "proc_inst_id_ = '" + rootInstanceId + "'"
          : columns.contains("process_instance_id_") ? "process_instance_id_ = '" + rootInstanceId + "'"
          : columns.contains("root_proc_inst_id_") ? "root_proc_inst_id_ = '" + rootInstanceId + "'"
          : "task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = '" + rootInstanceId + "')");
    }
    Set<String> ids = new HashSet<>(Set.of(rootInstanceId));
    whereByTable.forEach((table, where) -> ids.addAll(jdbc.queryForList("SELECT id_ FROM " + table + " WHERE " + where,
        String.class)));
    List<String> copies = new ArrayList<>();
    whereByTable.forEach((table, where) -> {
      Map<String, String> expressions = new LinkedHashMap<>();
      for (String column : columnsOf(table)) {
        if (column.equals("business_key_")) {
          expressions.put(column, "CASE WHEN " + column + " IS NULL THEN NULL ELSE " + NUMBER + " END");
        } else if (jdbc.queryForList("SELECT " + column + "::text FROM " + table + " WHERE " + where, String.class)
            .stream().filter(Objects::nonNull).anyMatch(ids::contains)) {
          expressions.put(column, "md5(" + column + " || '-' || n)");
        }
      }
      copies.add(copy(table, where, series, expressions));
    });
    return copies;
  }

  /** The application's record of each task of the case, with the ids that the copy of its engine rows got. */
  private String taskRecordCopies(String template, String series) {
    return copy("task_record", "business_key = '" + template + "'", series,
        Map.of("task_id", "md5(task_id || '-' || n)", "process_instance_id", "md5(process_instance_id || '-' || n)",
            "business_key", NUMBER));
  }

  /** An {@code INSERT … SELECT} of a copy of the rows for each number of the series. */
  private String copy(String table, String where, String series, Map<String, String> expressions) {
    List<String> columns = columnsOf(table);
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
        + String.join(", ", columns.stream().map(column -> expressions.getOrDefault(column, "t." + column)).toList())
        + " FROM " + table + " t, generate_series(" + series + ") n WHERE " + where;
  }

  private List<String> columnsOf(String table) {
    return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        + "AND table_schema = current_schema() ORDER BY ordinal_position", String.class, table);
  }
}
