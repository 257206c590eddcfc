package cn.harbin.fertility.bench;

import cn.harbin.fertility.FertilitySupportApplication;
import cn.harbin.fertility.support.EmbeddedPostgres;
import java.nio.file.Path;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * How much our work adds to the engine's (issue 14): for each citizens' case type, cases driven from the intake to the
 * grant through the real process, with its real delegates and the answers its forms give, against the same engine
 * running a model of the same shape with no-op steps ({@link SameShapeModel}), which replays the variables of a real
 * case so that it takes the same path (checked: both pass the same activities). Both in the calling thread, the job
 * executor off, a real case and a same-shape one in turn, in rounds; on an H2 file and on embedded PostgreSQL. Prints
 * cases per second of each and the ratio, the median of the rounds' ratios, against the goal of 0.8. Asserts only that
 * the shape took the real path.
 * {@code mvn -Pbench test -Dtest=EngineRatioBenchmark}; {@code -Dbench.caseTypes=childcare-subsidy,…} and
 * {@code -Dbench.databases=h2,postgres} (either or both) measure only those; {@code -Dbench.statements=true} also
 * counts the statements a case of each kind sends to PostgreSQL ({@link PostgresStatements}), after the rounds.
 */
@Tag("bench")
class EngineRatioBenchmark {

  /** An odd number: the ratio is the median of the rounds', which one round disturbed by something else cannot move. */
  private static final int ROUNDS = 5;
  /**
   * The activities a round of a type's real cases passes: fewer cases of a longer type, so that each type takes
   * about as long to measure. A warm-up of as many cases comes first.
   */
  private static final int ACTIVITIES_PER_ROUND = 480;
  private static final double GOAL = 0.8;
  private static final String POSTGRES = "PostgreSQL";

  private final Map<String, Integer> applied = new HashMap<>();
  private int shapes;

  @Test
  void realCasesAgainstTheSameShapeWithNoOpSteps() {
    List<String> databases = List.of(System.getProperty("bench.databases", "h2,postgres").split(","));
    if (databases.contains("h2")) {
      Path h2 = Path.of("target", "bench", "engine-ratio");
      FileSystemUtils.deleteRecursively(h2.toFile());
      measure("H2 file", "--spring.datasource.url=" + H2Files.url(h2));
    }
    if (databases.contains("postgres")) {
      measure(POSTGRES, "--spring.profiles.active=postgres",
          "--HARBIN_DB_URL=" + EmbeddedPostgres.createDatabase("bench_engine_ratio"),
          "--HARBIN_DB_USER=" + EmbeddedPostgres.user(), "--HARBIN_DB_PASSWORD=postgres");
    }
  }

  private static boolean chosen(BenchCaseTypes.CaseType caseType) {
    String chosen = System.getProperty("bench.caseTypes", "");
    return chosen.isBlank() || List.of(chosen.split(",")).contains(caseType.processKey());
  }

  private void measure(String database, String... settings) {
    List<String> arguments = new ArrayList<>(List.of(settings));
    arguments.addAll(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--harbin.admin.id=bench", "--harbin.admin.password=bench-secret-1", "--harbin.sms.gateway=demo-log",
        "--logging.level.root=warn"));
    try (ConfigurableApplicationContext application = new SpringApplicationBuilder(FertilitySupportApplication.class)
        .profiles("bench").run(arguments.toArray(String[]::new))) {
      ProcessEngine engine = application.getBean(ProcessEngine.class);
      ShapeStep shapeStep = new ShapeStep();
      application.getBeanFactory().registerSingleton("shapeStep", shapeStep);
      CaseDriver driver = new CaseDriver(engine);
      PostgresStatements statements = PostgresStatements.enabled() && database.equals(POSTGRES)
          ? new PostgresStatements(application.getBean(DataSource.class)) : null;
      List<BenchCaseTypes.CaseType> caseTypes = BenchCaseTypes.of(application).stream()
          .filter(EngineRatioBenchmark::chosen).toList();
      for (BenchCaseTypes.CaseType caseType : caseTypes) {
        String reference = real(engine, driver, caseType, registered(caseType, 1).get(0));
        RecordedCase recorded = RecordedCase.of(engine, reference);
        deployShapes(engine.getRepositoryService(), caseType.processKey());
        shapeStep.replay(recorded);
        String shape = shape(engine, driver, recorded);
        List<String> shapePath = RecordedCase.path(engine.getHistoryService(), shape);
        if (!shapePath.equals(recorded.path())) {
          throw new AssertionError(caseType.processKey() + ": the same-shape case took another path.\n real:  "
              + recorded.path() + "\n shape: " + shapePath);
        }
        int casesPerRound = Math.max(1, ACTIVITIES_PER_ROUND / recorded.path().size());
        for (int n : registered(caseType, casesPerRound)) {
          real(engine, driver, caseType, n);
          shape(engine, driver, recorded);
        }
        long realNanos = 0;
        long shapeNanos = 0;
        CaseCost realCost = new CaseCost();
        CaseCost shapeCost = new CaseCost();
        List<Double> roundRatios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
          long realRound = 0;
          long shapeRound = 0;
          // One of each in turn, so that a slower spell of the machine falls on both alike, and each kind first in
          // every other pair, so that neither always follows the other and pays for what it left (garbage, writes).
          boolean realFirst = true;
          for (int n : registered(caseType, casesPerRound)) {
            if (realFirst) {
              realRound += realCost.timed(() -> real(engine, driver, caseType, n));
              shapeRound += shapeCost.timed(() -> shape(engine, driver, recorded));
            } else {
              shapeRound += shapeCost.timed(() -> shape(engine, driver, recorded));
              realRound += realCost.timed(() -> real(engine, driver, caseType, n));
            }
            realFirst = !realFirst;
          }
          realNanos += realRound;
          shapeNanos += shapeRound;
          roundRatios.add((double) shapeRound / realRound);
        }
        double cases = ROUNDS * casesPerRound;
        double ratio = roundRatios.stream().sorted().toList().get(ROUNDS / 2);
        System.out.printf("[bench] engine ratio, %s, %s (%d activities a case, %d rounds of %d): real %.1f cases/s,"
                + " same shape %.1f cases/s: ratio %.2f, the median of the rounds' %s (goal %.1f: %s)%n", database,
            caseType.processKey(), recorded.path().size(), ROUNDS, casesPerRound, cases / (realNanos / 1e9),
            cases / (shapeNanos / 1e9), ratio, roundRatios.stream().map(r -> String.format("%.2f", r)).toList(), GOAL,
            ratio >= GOAL ? "met" : "not met");
        System.out.printf("[bench] engine ratio, %s, %s, a case: real %s; same shape %s%n", database,
            caseType.processKey(), realCost.perCase(cases), shapeCost.perCase(cases));
        if (statements != null) {
          List<Integer> counted = registered(caseType, casesPerRound);
          PostgresStatements.PerCase realStatements = statements.during(casesPerRound,
              () -> counted.forEach(n -> real(engine, driver, caseType, n)));
          PostgresStatements.PerCase shapeStatements = statements.during(casesPerRound,
              () -> counted.forEach(unused -> shape(engine, driver, recorded)));
          System.out.printf("[bench] engine ratio, %s, %s, statements a case (%d of each): real %s; same shape %s%n",
              database, caseType.processKey(), casesPerRound, realStatements, shapeStatements);
        }
      }
    }
  }

  /**
   * What one kind of case cost the driver's thread, which runs every step (the job executor is off): the time it took,
   * the thread's own CPU time, the collector's time meanwhile (its pauses stop the thread), and what the thread
   * allocated. The time neither the thread's CPU nor the collector account for is mostly waiting for the database.
   */
  private static final class CaseCost {

    private static final com.sun.management.ThreadMXBean THREAD =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long nanos;
    private long cpuNanos;
    private long collectorMillis;
    private long allocatedBytes;

    long timed(Runnable work) {
      long collected = collectorMillis();
      long allocated = THREAD.getCurrentThreadAllocatedBytes();
      long cpu = THREAD.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      work.run();
      long took = System.nanoTime() - start;
      nanos += took;
      cpuNanos += THREAD.getCurrentThreadCpuTime() - cpu;
      allocatedBytes += THREAD.getCurrentThreadAllocatedBytes() - allocated;
      collectorMillis += collectorMillis() - collected;
      return took;
    }

    String perCase(double cases) {
      return String.format("%.2f ms (thread CPU %.2f ms, collector %.2f ms, the rest %.2f ms; %.0f KiB allocated)",
          nanos / 1e6 / cases, cpuNanos / 1e6 / cases, collectorMillis / cases,
          (nanos - cpuNanos) / 1e6 / cases - collectorMillis / cases, allocatedBytes / 1024.0 / cases);
    }

    private static long collectorMillis() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
  }

  /** The numbers of the type's next cases, their people already in the population registry, untimed. */
  private List<Integer> registered(BenchCaseTypes.CaseType caseType, int cases) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      int n = applied.merge(caseType.processKey(), 1, Integer::sum);
      caseType.registerPeople().accept(n);
      numbers.add(n);
    }
    return numbers;
  }

  /** Real case {@code n} of the type, from its intake to its end. */
  private String real(ProcessEngine engine, CaseDriver driver, BenchCaseTypes.CaseType caseType, int n) {
    String number = caseType.apply().apply(n);
    String rootId = rootOf(engine, caseType.processKey(), number);
    driver.drive(rootId, (key, taskKey) -> caseType.answers().getOrDefault(taskKey, Map.of()));
    return rootId;
  }

  /**
   * The case's root instance, looked up by its business key: the intake answers with the application number only. The
   * same-shape cases look theirs up too, so that this query of the benchmark's own weighs on both alike.
   */
  private static String rootOf(ProcessEngine engine, String processKey, String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult().getId();
  }

  /** A same-shape case, started as the recorded one was and answered with what the real tasks wrote. */
  private String shape(ProcessEngine engine, CaseDriver driver, RecordedCase recorded) {
    RuntimeService runtime = engine.getRuntimeService();
    String businessKey = "SHAPE-" + ++shapes;
    String processKey = SameShapeModel.keyOf(recorded.rootKey());
    if (recorded.startMessage() == null) {
      runtime.startProcessInstanceByKey(processKey, businessKey, recorded.startVariables());
    } else {
      runtime.createMessageCorrelation(SameShapeModel.keyOf(recorded.startMessage()))
          .processInstanceBusinessKey(businessKey).setVariables(recorded.startVariables()).correlateStartMessage();
    }
    String rootId = rootOf(engine, processKey, businessKey);
    driver.drive(rootId, recorded::variablesOf);
    return rootId;
  }

  /** The same-shape models of a case type's process and of every process it calls. */
  private static void deployShapes(RepositoryService repository, String rootKey) {
    DeploymentBuilder deployment = repository.createDeployment().name("bench-shape-" + rootKey);
    Set<String> keys = new HashSet<>();
    List<String> pending = new ArrayList<>(List.of(rootKey));
    while (!pending.isEmpty()) {
      String key = pending.remove(0);
      if (keys.add(key)) {
        ProcessDefinition real = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
            .singleResult();
        var model = repository.getBpmnModelInstance(real.getId());
        deployment.addModelInstance(SameShapeModel.keyOf(key) + ".bpmn", SameShapeModel.of(model));
        pending.addAll(SameShapeModel.calledKeys(model));
      }
    }
    deployment.deploy();
  }
}
