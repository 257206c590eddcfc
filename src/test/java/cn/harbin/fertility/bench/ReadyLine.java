package cn.harbin.fertility.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ApplicationListener;

/**
 * Starts a Spring Boot application as its own {@code main} does ({@code SpringApplication.run} of its class, the first
 * argument) and prints the JVM's uptime once it is ready: after every start-up listener and runner, which is later
 * than Spring Boot's "Started" line, logged before the application's own setup (groups, grants, filters) has run.
 * Before it, where that time went ({@link StartupPhases}), from the start-up steps Spring records for it.
 * {@link StartupBenchmark} starts both applications through it.
 */
public class ReadyLine implements ApplicationListener<ApplicationReadyEvent> {

  static final String TEXT = "Ready; process running for ";

  /** Spring's start-up steps; more than either application records. */
  private static final int STEPS = 20_000;

  private final BufferingApplicationStartup steps;

  private ReadyLine(BufferingApplicationStartup steps) {
    this.steps = steps;
  }

  public static void main(String[] args) throws ClassNotFoundException {
    Class<?> applicationClass = Class.forName(args[0]);
    SpringApplication application = new SpringApplication(applicationClass);
    // Its "Starting" and "Started" lines are then logged under its own name, as when its main starts it.
    application.setMainApplicationClass(applicationClass);
    BufferingApplicationStartup steps = new BufferingApplicationStartup(STEPS);
    application.setApplicationStartup(steps);
    application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new EngineSteps(steps)));
    application.addListeners(new ReadyLine(steps));
    application.run(Arrays.copyOfRange(args, 1, args.length));
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    StartupPhases.lines(StartupPhases.upTo(uptime, steps.getBufferedTimeline(),
        event.getApplicationContext().getBeanFactory())).forEach(System.out::println);
    System.out.println(TEXT + uptime / 1000.0 + " s");
  }
}
