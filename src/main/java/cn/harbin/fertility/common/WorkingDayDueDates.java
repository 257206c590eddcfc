package cn.harbin.fertility.common;

import cn.harbin.fertility.policy.WorkingDays;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's due-date calendar, which also counts China's working days: a user task's {@code camunda:dueDate} of
 * {@code P30WD} is due at the end of the 30th working day after today ({@link PublicHolidays}); every other value
 * (an ISO date, an ISO duration such as {@code P15D}) is resolved as the engine always does.
 */
@Component
public class WorkingDayDueDates extends AbstractProcessEnginePlugin {

  private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d+)WD");

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDayDueDates.class);

  private final PublicHolidays holidays;
  /** The years a missing notice has been logged for, once each. */
  private final Set<Integer> warnedOf = ConcurrentHashMap.newKeySet();

  public WorkingDayDueDates(PublicHolidays holidays) {
    this.holidays = holidays;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new Calendar());
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
  }

  /** The day a count of working days from today ends, as a date for the engine. */
  private Date workingDaysFromToday(int count) {
    ZoneId zone = TimeConfiguration.HARBIN;
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    WorkingDays workingDays = holidays.workingDays();
    LocalDate due = workingDays.plusWorkingDays(today, count);
    for (int year = today.getYear(); year <= due.getYear(); year++) {
      if (!workingDays.lists(year) && warnedOf.add(year)) {
        LOG.warn("the holiday table lists no day of {}: due dates in {} count its holidays as working days; add the "
            + "State Council's notice for {} (README \"Working days\")", year, year, year);
      }
    }
    return Date.from(due.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant());
  }

  private final class Calendar extends DueDateBusinessCalendar {
    @Override
    public Date resolveDuedate(String duedate) {
      return workingDays(duedate).orElseGet(() -> super.resolveDuedate(duedate));
    }

    @Override
    public Date resolveDuedate(String duedate, Date startDate) {
      return workingDays(duedate).orElseGet(() -> super.resolveDuedate(duedate, startDate));
    }

    @Override
    public Date resolveDuedate(String duedate, Task task) {
      return workingDays(duedate).orElseGet(() -> super.resolveDuedate(duedate, task));
    }

    private Optional<Date> workingDays(String duedate) {
      Matcher workingDays = WORKING_DAYS.matcher(duedate.strip());
      return workingDays.matches() ? Optional.of(workingDaysFromToday(Integer.parseInt(workingDays.group(1))))
          : Optional.empty();
    }
  }
}
