package cn.harbin.fertility.specialfamily;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the yearly requalification opens: {@code harbin.special-family.requalification-cron}, a Camunda (Quartz)
 * cron expression, by default 03:00 on 1 March. The timer start event reads it when it is scheduled.
 */
@Component("requalificationSchedule")
public class RequalificationSchedule {

  private final String cron;

  public RequalificationSchedule(@Value("${harbin.special-family.requalification-cron:0 0 3 1 3 ?}") String cron) {
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}
