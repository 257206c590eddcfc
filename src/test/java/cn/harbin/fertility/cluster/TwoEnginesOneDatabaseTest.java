package cn.harbin.fertility.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes share one PostgreSQL database (docker/compose.yaml). Their job executors compete for
 * the same jobs; the engine's locking must let each job's work commit exactly once. (A run whose transaction was
 * rolled back, after a lost race, is retried; only committed work counts, as for any side effect kept in the
 * database.)
 */
@Tag("postgres")
class TwoEnginesOneDatabaseTest {

  private static final int INSTANCES = 60;
  private final List<ProcessEngine> engines = new ArrayList<>();

  @Test
  void eachJobIsExecutedExactlyOnce() throws InterruptedException {
    String url = EmbeddedPostgres.createDatabase("harbin_cluster");
    ProcessEngine node1 = start("node1", url);
    ProcessEngine node2 = start("node2", url);
    node1.getRepositoryService().createDeployment().addClasspathResource("bpmn/test-async-job.bpmn").deploy();

    List<String> instances = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      ProcessEngine entry = i % 2 == 0 ? node1 : node2;
      instances.add(entry.getRuntimeService().startProcessInstanceByKey("test-async-job").getId());
    }
    awaitAllFinished(node1);

    CommittedRuns.assertEachJobCommittedOnce(node2, instances);
    for (String instance : instances) {
      assertThat(RecordExecutionDelegate.RUNS.get(instance)).as("attempts at " + instance).isNotEmpty();
    }
    assertThat(RecordExecutionDelegate.RUNS.values().stream().flatMap(List::stream).distinct())
        .as("engines that executed jobs").isSubsetOf("node1", "node2").isNotEmpty();
  }

  private ProcessEngine start(String name, String url) {
    ProcessEngine engine = EngineNode.start(name, url, EmbeddedPostgres.user(), "postgres", 300_000, true);
    engines.add(engine);
    return engine;
  }

  private void awaitAllFinished(ProcessEngine engine) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      long finished = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey("test-async-job").finished().count();
      if (finished == INSTANCES) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("jobs still open after 90 s: " + engine.getManagementService().createJobQuery().count());
  }

  @AfterEach
  void stopEngines() {
    engines.forEach(ProcessEngine::close);
  }
}
