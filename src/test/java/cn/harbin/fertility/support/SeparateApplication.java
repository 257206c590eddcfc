package cn.harbin.fertility.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application, or another main class of the test class path, in a JVM of its own, so that a test can kill it
 * abruptly ({@link Process#destroyForcibly()}: SIGKILL, as a power cut or an OOM killer would) and start it again
 * on the same data. Its output goes to {@code target/separate-jvm/<name>.log}.
 */
public final class SeparateApplication implements AutoCloseable {

  private static final Path LOGS = Path.of("target", "separate-jvm");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Process process;
  private final int port;

  private SeparateApplication(String name, Process process, int port) {
    this.name = name;
    this.process = process;
    this.port = port;
  }

  /**
   * Starts the whole application in {@code workingDirectory} (its default H2 file is {@code ./data/} there) and
   * waits until it answers as healthy.
   */
  public static SeparateApplication start(String name, Path workingDirectory, Map<String, String> environment,
      List<String> arguments) {
    int port = freePort();
    List<String> all = new ArrayList<>(arguments);
    all.add("--server.port=" + port);
    SeparateApplication application = new SeparateApplication(name,
        launch(name, workingDirectory, environment, "cn.harbin.fertility.FertilitySupportApplication", List.of(), all),
        port);
    application.awaitHealthy(Duration.ofSeconds(180));
    return application;
  }

  /** Starts a main class of the test class path; the caller decides when it is ready. */
  public static Process launch(String name, Path workingDirectory, Map<String, String> environment, String mainClass,
      List<String> jvmOptions, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
    command.addAll(jvmOptions);
    command.add(mainClass);
    command.addAll(arguments);
    try {
      Path logs = Files.createDirectories(LOGS);
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
      builder.environment().putAll(environment);
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the application has written to its console so far. */
  public String log() {
    try {
      return Files.readString(LOGS.resolve(name + ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** The JVM dies at once: no shutdown hook, no connection closed, nothing flushed. */
  public void kill() {
    process.destroyForcibly();
    awaitExit();
  }

  /** An orderly stop (SIGTERM), as an operator's restart does. */
  public void stop() {
    process.destroy();
    awaitExit();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHealthy(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited with " + process.exitValue() + "; see target/separate-jvm");
      }
      try {
        HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(300));
    }
    kill();
    throw new IllegalStateException("the application was not healthy after " + timeout);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
