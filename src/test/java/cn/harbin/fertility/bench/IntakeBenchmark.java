package cn.harbin.fertility.bench;

import cn.harbin.fertility.FertilitySupportApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The public intake over HTTP (issue 14): the application started as deployed on a fresh H2 file database, a warm-up,
 * then {@code POST /api/childcare-subsidy/applications} from 1, 4 and 16 clients, each for a fixed time, every
 * application a new child. Prints cases per second, p50 and p99, and the errors, with the ratio to the goal (100
 * cases/s and a p99 of 150 ms at 4 clients, no error at 16). Asserts nothing about time.
 * {@code mvn -Pbench test -Dtest=IntakeBenchmark}.
 */
@Tag("bench")
class IntakeBenchmark {

  private static final Duration WARM_UP = Duration.ofSeconds(20);
  private static final Duration MEASURED = Duration.ofSeconds(30);
  private static final double GOAL_CASES_PER_SECOND = 100;
  private static final double GOAL_P99_MS = 150;

  private final AtomicInteger children = new AtomicInteger();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void intakeFrom1And4And16Clients() throws Exception {
    Path data = Path.of("target", "bench", "intake");
    FileSystemUtils.deleteRecursively(data);
    long starting = System.nanoTime();
    try (ConfigurableApplicationContext application = new SpringApplicationBuilder(FertilitySupportApplication.class)
        .profiles("bench")
        .run("--server.port=0",
            "--spring.datasource.url=" + H2Files.url(data),
            "--harbin.admin.id=bench", "--harbin.admin.password=bench-secret-1", "--harbin.sms.gateway=demo-log",
            "--logging.level.root=warn")) {
      System.out.printf("[bench] intake: application ready in %.1f s%n", (System.nanoTime() - starting) / 1e9);
      String url = "http://localhost:" + application.getEnvironment().getProperty("local.server.port")
          + "/api/childcare-subsidy/applications";
      run(url, 4, WARM_UP, "warm-up");
      for (int clients : new int[] {1, 4, 16}) {
        run(url, clients, MEASURED, clients + " client" + (clients == 1 ? "" : "s"));
      }
    }
  }

  private void run(String url, int clients, Duration duration, String label) throws Exception {
    ClientLoad.Result result = ClientLoad.run(clients, duration, "intake", turn -> new ClientLoad.Answer("intake",
        http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(application(children.incrementAndGet()))).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 201));
    ClientLoad.Latencies intake = result.byKind().get("intake");
    double perSecond = intake.sorted().size() / result.seconds();
    double p99 = intake.percentile(0.99);
    System.out.printf("[bench] intake, %-9s %7.1f cases/s, p50 %6.1f ms, p99 %6.1f ms, %d errors of %d"
            + " (goal %.0f cases/s: ratio %.2f; p99 goal %.0f ms: ratio %.2f)%n", label + ":", perSecond,
        intake.percentile(0.5), p99, intake.errors(), intake.sorted().size(), GOAL_CASES_PER_SECOND,
        perSecond / GOAL_CASES_PER_SECOND, GOAL_P99_MS, GOAL_P99_MS / p99);
  }

  /** A new child of a 道里区 family for every application: no claim is a duplicate. */
  private static String application(int number) {
    return BenchApplications.childcare(number, LocalDate.of(2025, 1, 1), 600);
  }

}
