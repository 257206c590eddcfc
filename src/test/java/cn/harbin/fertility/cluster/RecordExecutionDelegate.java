package cn.harbin.fertility.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Counts the job's runs in a process variable, committed with the job's own transaction, and remembers which engine
 * attempted it (attempts that were rolled back included). A job takes {@code harbin.test.job-millis} (default 0), so
 * that a node can be killed while it holds jobs.
 */
public class RecordExecutionDelegate implements JavaDelegate {

  static final Map<String, List<String>> RUNS = new ConcurrentHashMap<>();

  @Override
  public void execute(DelegateExecution execution) throws InterruptedException {
    Thread.sleep(Long.getLong("harbin.test.job-millis", 0));
    RUNS.computeIfAbsent(execution.getProcessInstanceId(), id -> new CopyOnWriteArrayList<>())
        .add(execution.getProcessEngine().getName());
    Object runs = execution.getVariable("runs");
    execution.setVariable("runs", runs == null ? 1 : (Integer) runs + 1);
  }
}
