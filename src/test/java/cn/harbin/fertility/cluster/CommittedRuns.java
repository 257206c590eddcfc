package cn.harbin.fertility.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/** What the database says of each instance's job: its work committed exactly once, whoever attempted it. */
final class CommittedRuns {

  private CommittedRuns() {}

  static void assertEachJobCommittedOnce(ProcessEngine engine, List<String> instances) {
    assertThat(engine.getManagementService().createJobQuery().count()).as("jobs left").isZero();
    for (String instance : instances) {
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
          .activityId("Task_RecordExecution").finished().count()).as("committed runs of " + instance).isEqualTo(1);
      // A list, so that a failure shows what the history holds and which engines attempted the job.
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
          .variableName("runs").list()).extracting(HistoricVariableInstance::getValue)
          .as("runs recorded by %s (attempts by %s)", instance, RecordExecutionDelegate.RUNS.get(instance))
          .containsExactly(1);
    }
  }
}
