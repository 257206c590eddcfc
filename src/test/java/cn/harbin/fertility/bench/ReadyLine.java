package cn.harbin.fertility.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts a Spring Boot application as its own {@code main} does ({@code SpringApplication.run} of its class, the first
 * argument) and prints the JVM's uptime once it is ready: after every start-up listener and runner, which is later
 * than Spring Boot's "Started" line, logged before the application's own setup (groups, grants, filters) has run.
 * {@link StartupBenchmark} starts both applications through it.
 */
public class ReadyLine implements ApplicationListener<ApplicationReadyEvent> {

  static final String TEXT = "Ready; process running for ";

  public static void main(String[] args) throws ClassNotFoundException {
    Class<?> applicationClass = Class.forName(args[0]);
    SpringApplication application = new SpringApplication(applicationClass);
    // Its "Starting" and "Started" lines are then logged under its own name, as when its main starts it.
    application.setMainApplicationClass(applicationClass);
    application.addListeners(new ReadyLine());
    application.run(Arrays.copyOfRange(args, 1, args.length));
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    System.out.println(TEXT + ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0 + " s");
  }
}
