package cn.harbin.fertility.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Remembers which engine ran the job of which instance, including runs whose transaction was rolled back. */
public class RecordExecutionDelegate implements JavaDelegate {

  static final Map<String, List<String>> RUNS = new ConcurrentHashMap<>();

  @Override
  public void execute(DelegateExecution execution) {
    RUNS.computeIfAbsent(execution.getProcessInstanceId(), id -> new CopyOnWriteArrayList<>())
        .add(execution.getProcessEngine().getName());
  }
}
