package cn.harbin.fertility.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.EmbeddedPostgres;
import cn.harbin.fertility.support.SeparateApplication;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes share one PostgreSQL database; one is killed (SIGKILL) while it holds and runs jobs. Its uncommitted
 * work is rolled back with its connections, its job locks expire, and the other node finishes every job, each
 * job's work committed exactly once.
 */
@Tag("postgres")
class NodeKilledWhileJobsRunTest {

  private static final int INSTANCES = 60;
  private static final int LOCK_MILLIS = 3_000;

  @TempDir Path workingDirectory;

  @Test
  void theSurvivingNodeFinishesEveryJobExactlyOnce() throws Exception {
    String url = EmbeddedPostgres.createDatabase("harbin_kill");
    String user = EmbeddedPostgres.user();
    ProcessEngine survivor = EngineNode.start("survivor", url, user, "postgres", LOCK_MILLIS, false);
    try (Connection database = DriverManager.getConnection(url, user, "postgres")) {
      survivor.getRepositoryService().createDeployment().addClasspathResource("bpmn/test-async-job.bpmn").deploy();
      List<String> instances = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        instances.add(survivor.getRuntimeService().startProcessInstanceByKey("test-async-job").getId());
      }

      Process killed = SeparateApplication.launch("engine-node-killed", workingDirectory, Map.of(),
          EngineNode.class.getName(), List.of("-Dharbin.test.job-millis=300"),
          List.of("killed", url, user, "postgres", String.valueOf(LOCK_MILLIS)));
      await(Duration.ofSeconds(60), () -> finished(survivor) >= 5 && count(database,
          "SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL") > 0);
      killed.destroyForcibly().waitFor();
      long finishedByTheKilledNode = finished(survivor);
      assertThat(finishedByTheKilledNode).as("jobs the killed node committed").isBetween(5L, INSTANCES - 1L);
      assertThat(count(database, "SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL"))
          .as("jobs still locked by the killed node").isPositive();

      ((ProcessEngineConfigurationImpl) survivor.getProcessEngineConfiguration()).getJobExecutor().start();
      await(Duration.ofSeconds(90), () -> finished(survivor) == INSTANCES);

      CommittedRuns.assertEachJobCommittedOnce(survivor, instances);
      assertThat(RecordExecutionDelegate.RUNS.values().stream().flatMap(List::stream).filter("survivor"::equals)
          .count()).as("jobs the survivor ran").isGreaterThanOrEqualTo(INSTANCES - finishedByTheKilledNode);
    } finally {
      survivor.close();
    }
  }

  private static long finished(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("test-async-job")
        .finished().count();
  }

  private static long count(Connection database, String sql) {
    try (Statement statement = database.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited %s", timeout).isBefore(deadline);
      Thread.sleep(50);
    }
  }
}
