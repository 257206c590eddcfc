package cn.harbin.fertility.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Start-up to ready (issue 14): the application, and a bare Camunda starter-webapp application on the same class path
 * (BareStarterWebapp), each started twice, alternately, in a JVM of its own with {@code -Xmx512m} on a fresh
 * H2 file, and each time started again on the database it left (a restart, as a node is restarted in service). The
 * figure is the JVM's uptime when the application is ready ({@link ReadyLine}: every start-up listener has run), JVM
 * start included. Prints the medians and their ratios (goal ≤ 1.3), then the demo's start with its users and data in
 * {@code -Xmx512m} and the heap it holds afterwards. Asserts nothing about time.
 * {@code mvn -Pbench test -Dtest=StartupBenchmark}.
 */
@Tag("bench")
class StartupBenchmark {

  private static final int RUNS = 2;
  private static final double GOAL_RATIO = 1.3;
  private static final Pattern READY = Pattern.compile(Pattern.quote(ReadyLine.TEXT) + "([\\d.]+) s");
  private static final Path WORK = Path.of("target", "bench", "startup");

  @Test
  void theApplicationAgainstABareStarter() throws Exception {
    List<String> bareArguments = List.of("--spring.config.location=classpath:bench/bare-starter.yaml");
    List<String> ourArguments = List.of("--spring.profiles.active=bench", "--harbin.admin.id=bench",
        "--harbin.admin.password=bench-secret-1", "--harbin.sms.gateway=demo-log", "--logging.level.root=warn",
        "--logging.level.cn.harbin.fertility.FertilitySupportApplication=info");
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    for (int run = 1; run <= RUNS; run++) {
      for (boolean fresh : List.of(true, false)) {
        String start = fresh ? "first start" : "restart";
        seconds.computeIfAbsent("bare " + start, key -> new ArrayList<>()).add(
            start("bare-" + run, fresh, BareStarterWebapp.class.getName(), bareArguments, false).seconds());
        seconds.computeIfAbsent("ours " + start, key -> new ArrayList<>()).add(
            start("application-" + run, fresh, "cn.harbin.fertility.FertilitySupportApplication", ourArguments,
                false).seconds());
      }
    }
    for (String start : List.of("first start", "restart")) {
      List<Double> ours = seconds.get("ours " + start);
      List<Double> bare = seconds.get("bare " + start);
      double ratio = median(ours) / median(bare);
      System.out.printf("[bench] start-up, %s: application %.1f s, bare starter-webapp %.1f s (runs %s / %s): %.2f× "
          + "(goal ≤ %.1f×: %s)%n", start, median(ours), median(bare), ours, bare, ratio, GOAL_RATIO,
          ratio <= GOAL_RATIO ? "met" : "not met");
    }

    Ready demo = start("demo", true, "cn.harbin.fertility.FertilitySupportApplication",
        List.of("--logging.level.root=warn", "--logging.level.cn.harbin.fertility.FertilitySupportApplication=info",
            "--logging.level.cn.harbin.fertility=info"), true);
    System.out.printf("[bench] start-up: the demo (users and data) in -Xmx512m ready in %.1f s; %s%n", demo.seconds(),
        demo.heap());
  }

  private record Ready(double seconds, String heap) {}

  /**
   * Starts the main class on a fresh data directory, or again on the one it left (a restart: its tables, models and
   * setup already there), waits until it is ready, reads the heap if asked (five seconds later), and stops it.
   */
  private static Ready start(String name, boolean fresh, String mainClass, List<String> arguments, boolean heap)
      throws Exception {
    Path directory = WORK.resolve(name);
    if (fresh) {
      FileSystemUtils.deleteRecursively(directory);
    }
    Files.createDirectories(directory);
    Path log = directory.resolve("console.log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        ReadyLine.class.getName(), mainClass, "--server.port=0"));
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (System.nanoTime() < deadline && process.isAlive()) {
        Matcher ready = READY.matcher(Files.readString(log));
        if (ready.find()) {
          if (!heap) {
            return new Ready(Double.parseDouble(ready.group(1)), null);
          }
          Thread.sleep(5_000);
          return new Ready(Double.parseDouble(ready.group(1)), heapOf(process.pid()));
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException(name + " did not become ready; see " + log);
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  /** The heap in use after a full collection, as {@code jcmd GC.heap_info} reports it after {@code GC.run}. */
  private static String heapOf(long pid) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").start().waitFor();
    Process info = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_info").redirectErrorStream(true)
        .start();
    String text = new String(info.getInputStream().readAllBytes());
    info.waitFor();
    Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(text);
    return used.find() ? "heap after a full GC: " + Long.parseLong(used.group(2)) / 1024 + " MiB used of "
        + Long.parseLong(used.group(1)) / 1024 + " MiB committed" : "heap not read: " + text.strip();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
