package cn.harbin.fertility.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A number of clients, each sending one request after the other for a fixed time; their latencies by kind. */
final class ClientLoad {

  /** One request of a client; {@code turn} counts this client's requests from 0. */
  interface Request {
    Answer send(long turn) throws Exception;
  }

  /** What a request was and whether it was answered as it should be. */
  record Answer(String kind, boolean ok) {}

  /** The latencies of one kind of request, sorted, in milliseconds. */
  record Latencies(List<Double> sorted, int errors) {
    /** The latency below which the fraction {@code p} of the requests lies. */
    double percentile(double p) {
      return sorted.isEmpty() ? Double.NaN
          : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
  }

  record Result(double seconds, Map<String, Latencies> byKind) {}

  private ClientLoad() {}

  /** A request that throws counts as an error of {@code failedKind}. */
  static Result run(int clients, Duration duration, String failedKind, Request request) throws Exception {
    long end = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<List<Object[]>>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int client = 0; client < clients; client++) {
      running.add(pool.submit(() -> {
        List<Object[]> measured = new ArrayList<>();
        for (long turn = 0; System.nanoTime() < end; turn++) {
          long sent = System.nanoTime();
          Answer answer;
          try {
            answer = request.send(turn);
          } catch (Exception failed) {
            answer = new Answer(failedKind, false);
          }
          measured.add(new Object[] {answer, (System.nanoTime() - sent) / 1e6});
        }
        return measured;
      }));
    }
    Map<String, List<Double>> latencies = new TreeMap<>();
    Map<String, Integer> errors = new HashMap<>();
    for (Future<List<Object[]>> client : running) {
      for (Object[] one : client.get()) {
        Answer answer = (Answer) one[0];
        latencies.computeIfAbsent(answer.kind(), kind -> new ArrayList<>()).add((Double) one[1]);
        errors.merge(answer.kind(), answer.ok() ? 0 : 1, Integer::sum);
      }
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Latencies> byKind = new TreeMap<>();
    latencies.forEach((kind, values) -> byKind.put(kind,
        new Latencies(values.stream().sorted().toList(), errors.get(kind))));
    return new Result(seconds, byKind);
  }
}
