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
 * start included. Prints the medians and their ratios (goal ≤ 1.3), where the time went phase by phase beside the bare
 * starter's ({@link StartupPhases}, medians too), then the demo's start with its users and data in
 * {@code -Xmx512m} and the heap it holds afterwards. Asserts nothing about time.
 * {@code mvn -Pbench test -Dtest=StartupBenchmark}.
 */
@Tag("bench")
class StartupBenchmark {

  private static final int RUNS = 2;
  private static final double GOAL_RATIO = 1.3;
  private static final Pattern READY = Pattern.compile(Pattern.quote(ReadyLine.TEXT) + "([\\d.]+) s");
  private static final Pattern PHASE = Pattern.compile(Pattern.quote(StartupPhases.PREFIX) + "(.+): (-?\\d+) ms");
  private static final Path WORK = Path.of("target", "bench", "startup");

  @Test
  void theApplicationAgainstABareStarter() throws Exception {
    List<String> bareArguments = List.of("--spring.config.location=classpath:bench/bare-starter.yaml");
    List<String> ourArguments = List.of("--spring.profiles.active=bench", "--harbin.admin.id=bench",
        "--harbin.admin.password=bench-secret-1", "--harbin.sms.gateway=demo-log", "--logging.level.root=warn",
        "--logging.level.cn.harbin.fertility.FertilitySupportApplication=info");
    Map<String, List<Ready>> starts = new LinkedHashMap<>();
    for (int run = 1; run <= RUNS; run++) {
      for (boolean fresh : List.of(true, false)) {
        String start = fresh ? "first start" : "restart";
        starts.computeIfAbsent("bare " + start, key -> new ArrayList<>()).add(
            start("bare-" + run, fresh, BareStarterWebapp.class.getName(), bareArguments, false));
        starts.computeIfAbsent("ours " + start, key -> new ArrayList<>()).add(
            start("application-" + run, fresh, "cn.harbin.fertility.FertilitySupportApplication", ourArguments,
                false));
      }
    }
    for (String start : List.of("first start", "restart")) {
      List<Double> ours = starts.get("ours " + start).stream().map(Ready::seconds).toList();
      List<Double> bare = starts.get("bare " + start).stream().map(Ready::seconds).toList();
      double ratio = median(ours) / median(bare);
      System.out.printf("[bench] start-up, %s: application %.1f s, bare starter-webapp %.1f s (runs %s / %s): %.2f× "
          + "(goal ≤ %.1f×: %s)%n", start, median(ours), median(bare), ours, bare, ratio, GOAL_RATIO,
          ratio <= GOAL_RATIO ? "met" : "not met");
      for (String phase : StartupPhases.NAMES) {
        double ourPhase = median(starts.get("ours " + start).stream().map(ready -> ready.phases().get(phase))
            .toList());
        double barePhase = median(starts.get("bare " + start).stream().map(ready -> ready.phases().get(phase))
            .toList());
        System.out.printf("[bench] start-up, %s, %-40s application %.2f s, bare %.2f s, difference %+.2f s%n", start,
            phase + ":", ourPhase, barePhase, ourPhase - barePhase);
      }
    }

    Ready demo = start("demo", true, "cn.harbin.fertility.FertilitySupportApplication",
        List.of("--logging.level.root=warn", "--logging.level.cn.harbin.fertility.FertilitySupportApplication=info",
            "--logging.level.cn.harbin.fertility=info"), true);
    System.out.printf("[bench] start-up: the demo (users and data) in -Xmx512m ready in %.1f s; %s%n", demo.seconds(),
        demo.heap());
  }

  /** The uptime when ready, the phases' seconds ({@link StartupPhases}) and, if read, the heap. */
  private record Ready(double seconds, Map<String, Double> phases, String heap) {}

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
        String output = Files.readString(log);
        Matcher ready = READY.matcher(output);
        if (ready.find()) {
          double seconds = Double.parseDouble(ready.group(1));
          if (!heap) {
            return new Ready(seconds, phasesOf(output), null);
          }
          Thread.sleep(5_000);
          return new Ready(seconds, phasesOf(output), heapOf(process.pid()));
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException(name + " did not become ready; see " + log);
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static Map<String, Double> phasesOf(String output) {
    Map<String, Double> phases = new LinkedHashMap<>();
    Matcher line = PHASE.matcher(output);
    while (line.find()) {
      phases.put(line.group(1), Long.parseLong(line.group(2)) / 1000.0);
    }
    return phases;
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
