package cn.harbin.fertility.support;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** The blocks of a disbursement step run as the job executor runs its jobs: each on one of a few threads. */
public final class ParallelJobs {

  private ParallelJobs() {}

  /** Runs the part for every block on {@code threads} threads, then throws the first failed block's failure, if any. */
  public static <B> void run(List<B> blocks, int threads, Consumer<B> part) throws Exception {
    ExecutorService jobExecutor = Executors.newFixedThreadPool(threads);
    try {
      for (Future<?> job : jobExecutor.invokeAll(blocks.stream()
          .map(block -> Executors.callable(() -> part.accept(block))).toList())) {
        job.get();
      }
    } finally {
      jobExecutor.shutdown();
    }
  }
}
