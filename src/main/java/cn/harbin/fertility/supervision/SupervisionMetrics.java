package cn.harbin.fertility.supervision;

import cn.harbin.fertility.common.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The figures the city's monitoring scrapes from {@code /actuator/prometheus}: open and overdue tasks per candidate
 * group, open incidents, failed jobs and live entitlements per scheme (gauges, refreshed from the database every
 * {@code harbin.metrics.refresh-interval}), and cases started and ended per process and end event (counters, counted
 * when the engine's transaction commits).
 */
@Component
public class SupervisionMetrics {

  private record GroupCount(String groupId, long open, long overdue) {}

  private final JdbcClient jdbc;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final MeterRegistry registry;
  private final Clock clock;
  private final MultiGauge openTasks;
  private final MultiGauge overdueTasks;
  private final MultiGauge liveEntitlements;
  private final AtomicLong incidents = new AtomicLong();
  private final AtomicLong failedJobs = new AtomicLong();

  public SupervisionMetrics(JdbcClient jdbc, RuntimeService runtimeService, ManagementService managementService,
      MeterRegistry registry, Clock clock) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.registry = registry;
    this.clock = clock;
    openTasks = MultiGauge.builder("harbin.tasks.open").description("Open user tasks per candidate group")
        .register(registry);
    overdueTasks = MultiGauge.builder("harbin.tasks.overdue").description("Open user tasks past their due date")
        .register(registry);
    liveEntitlements = MultiGauge.builder("harbin.entitlements.live").description("Live entitlements per scheme")
        .register(registry);
    Gauge.builder("harbin.incidents.open", incidents, AtomicLong::get).description("Open incidents").register(registry);
    Gauge.builder("harbin.jobs.failed", failedJobs, AtomicLong::get).description("Jobs without retries left")
        .register(registry);
  }

  @Scheduled(fixedDelayString = "${harbin.metrics.refresh-interval:15s}", initialDelay = 0)
  public void refresh() {
    List<GroupCount> groups = jdbc.sql("""
            SELECT COALESCE(group_id, 'none') AS group_id, COUNT(*) AS open_tasks,
              SUM(CASE WHEN due_at < :now THEN 1 ELSE 0 END) AS overdue
            FROM task_record WHERE outcome IS NULL GROUP BY COALESCE(group_id, 'none')""")
        .param("now", Timestamp.from(clock.instant()))
        .query((row, n) -> new GroupCount(row.getString("group_id"), row.getLong("open_tasks"), row.getLong("overdue")))
        .list();
    openTasks.register(groups.stream().map(group -> MultiGauge.Row.of(Tags.of("group", group.groupId()),
        group.open())).toList(), true);
    overdueTasks.register(groups.stream().map(group -> MultiGauge.Row.of(Tags.of("group", group.groupId()),
        group.overdue())).toList(), true);
    liveEntitlements.register(jdbc.sql("SELECT scheme, COUNT(*) AS live FROM entitlement WHERE status = 'LIVE' GROUP BY scheme")
        .query((row, n) -> MultiGauge.Row.of(Tags.of("scheme", row.getString("scheme")), row.getLong("live")))
        .list(), true);
    incidents.set(runtimeService.createIncidentQuery().count());
    failedJobs.set(managementService.createJobQuery().noRetriesLeft().count());
  }

  /** Counts a case's start and end once the engine's transaction has committed. */
  @EventListener
  public void on(HistoryEvent event) {
    if (!(event instanceof HistoricProcessInstanceEventEntity process)) {
      return;
    }
    String processKey = process.getProcessDefinitionKey();
    if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
      AfterCommit.run(() -> Counter.builder("harbin.cases.started").tag("process", processKey)
          .description("Cases started per process").register(registry).increment());
    } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
      String endEvent = process.getEndActivityId() == null ? "none" : process.getEndActivityId();
      AfterCommit.run(() -> Counter.builder("harbin.cases.ended").tag("process", processKey).tag("end_event", endEvent)
          .description("Cases ended per process and end event").register(registry).increment());
    }
  }
}
