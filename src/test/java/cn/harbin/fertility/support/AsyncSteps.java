package cn.harbin.fertility.support;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Waits while the job executor runs a process instance's asynchronous steps, as it does in service. */
public final class AsyncSteps {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private AsyncSteps() {}

  /** Returns once the instance has no asynchronous step left to run; fails at a step that failed for good. */
  public static void awaitDone(ManagementService managementService, String processInstanceId) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      List<Job> pending = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list();
      pending.stream().filter(job -> job.getRetries() == 0).findFirst().ifPresent(failed -> fail(
          "%s failed: %s", failed.getId(), managementService.getJobExceptionStacktrace(failed.getId())));
      if (pending.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        fail("%d asynchronous steps of %s still waiting after %s", pending.size(), processInstanceId, TIMEOUT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
