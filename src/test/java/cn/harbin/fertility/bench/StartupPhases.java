package cn.harbin.fertility.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a start-up's time went, from Spring's own start-up steps ({@code BufferingApplicationStartup}): every
 * millisecond of a step that none of its inner steps accounts for is given to the innermost phase around it, so that
 * the phases add up to the whole start, with the JVM's own start before Spring as the first. The engine's build and
 * the models' deployment are {@link EngineSteps}. A bean counts as ours if its class or the method making it is,
 * whatever asked for it; a bean of Spring's or Camunda's counts as theirs even when one of ours asked for it first.
 */
final class StartupPhases {

  static final String PREFIX = "Start-up phase ";

  private static final String OUR_PACKAGE = "cn.harbin.fertility.";

  /** The phases, in the order they are printed. */
  static final List<String> NAMES = List.of("JVM before Spring", "environment and context set-up",
      "configuration classes read", "Camunda engine built", "models deployed", "Flyway migrations", "our beans",
      "web server and filters", "other Spring beans and work", "start-up listeners", "outside Spring's steps");

  private StartupPhases() {}

  /**
   * Milliseconds per phase of {@link #NAMES}, up to the JVM's uptime given; what no step covers (the time between
   * steps, and listeners still running) is the last phase.
   */
  static Map<String, Long> upTo(long uptimeMillis, StartupTimeline timeline, ConfigurableListableBeanFactory beans) {
    // Summed in nanoseconds: most of the thousands of bean steps take less than a millisecond.
    Map<Long, StartupStep> steps = new HashMap<>();
    Map<Long, Long> durations = new HashMap<>();
    Map<Long, Long> inner = new HashMap<>();
    for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
      StartupStep step = event.getStartupStep();
      steps.put(step.getId(), step);
      durations.put(step.getId(), event.getDuration().toNanos());
      if (step.getParentId() != null) {
        inner.merge(step.getParentId(), event.getDuration().toNanos(), Long::sum);
      }
    }
    Map<String, Long> nanos = new LinkedHashMap<>();
    NAMES.forEach(name -> nanos.put(name, 0L));
    nanos.put(NAMES.get(0), TimeUnit.MILLISECONDS.toNanos(timeline.getStartTime().toEpochMilli()
        - ManagementFactory.getRuntimeMXBean().getStartTime()));
    for (Map.Entry<Long, StartupStep> entry : steps.entrySet()) {
      long own = durations.get(entry.getKey()) - inner.getOrDefault(entry.getKey(), 0L);
      nanos.merge(phaseOf(entry.getValue(), steps, beans), Math.max(own, 0), Long::sum);
    }
    long accounted = nanos.values().stream().mapToLong(Long::longValue).sum();
    nanos.put(NAMES.get(NAMES.size() - 1), TimeUnit.MILLISECONDS.toNanos(uptimeMillis) - accounted);
    Map<String, Long> phases = new LinkedHashMap<>();
    nanos.forEach((name, time) -> phases.put(name, TimeUnit.NANOSECONDS.toMillis(time)));
    return phases;
  }

  /** The phase of the innermost step around this one (itself included) that names one. */
  private static String phaseOf(StartupStep step, Map<Long, StartupStep> steps, ConfigurableListableBeanFactory beans) {
    for (StartupStep around = step; around != null; around = around.getParentId() == null ? null
        : steps.get(around.getParentId())) {
      String phase = phaseNamedBy(around, beans);
      if (phase != null) {
        return phase;
      }
    }
    return "other Spring beans and work";
  }

  /** A bean's step names its phase by the bean itself, whatever created it; other steps by their names. */
  private static String phaseNamedBy(StartupStep step, ConfigurableListableBeanFactory beans) {
    String bean = tag(step, "beanName");
    if (bean != null) {
      if (bean.startsWith("flyway")) {
        return "Flyway migrations";
      }
      return ours(bean, beans) ? "our beans" : "other Spring beans and work";
    }
    return switch (step.getName()) {
      case EngineSteps.BUILD -> "Camunda engine built";
      case EngineSteps.DEPLOYMENT -> "models deployed";
      case "spring.boot.application.started" -> "start-up listeners";
      case "spring.context.beans.post-process", "spring.context.config-classes.parse" -> "configuration classes read";
      case "spring.boot.webserver.create" -> "web server and filters";
      case "spring.context.refresh" -> "other Spring beans and work";
      default -> step.getParentId() == null ? "environment and context set-up" : null;
    };
  }

  /** A bean of one of our classes, or made by a method of one (a security filter chain, say). */
  private static boolean ours(String bean, ConfigurableListableBeanFactory beans) {
    if (!beans.containsBeanDefinition(bean)) {
      return false;
    }
    String definedIn = beans.getMergedBeanDefinition(bean).getResourceDescription();
    Class<?> type = beans.getType(bean, false);
    return definedIn != null && definedIn.contains(OUR_PACKAGE.replace('.', '/'))
        || type != null && type.getName().startsWith(OUR_PACKAGE);
  }

  private static String tag(StartupStep step, String key) {
    for (StartupStep.Tag tag : step.getTags()) {
      if (tag.getKey().equals(key)) {
        return tag.getValue();
      }
    }
    return null;
  }

  /** The lines {@link ReadyLine} prints: one per phase, {@code PREFIX name: N ms}. */
  static List<String> lines(Map<String, Long> phases) {
    List<String> lines = new ArrayList<>();
    phases.forEach((name, millis) -> lines.add(PREFIX + name + ": " + millis + " ms"));
    return lines;
  }
}
