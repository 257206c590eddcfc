package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplySituation: what the street office confirmed for the family this year. */
@Component("specialFamilyApplySituation")
public class ApplySituationDelegate implements JavaDelegate {

  private final SpecialFamilyRequalification requalification;

  public ApplySituationDelegate(SpecialFamilyRequalification requalification) {
    this.requalification = requalification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable("applicationNumber");
    switch (String.valueOf(execution.getVariable("situation"))) {
      case "UNCHANGED" -> requalification.unchanged(number);
      case "CHANGED" -> requalification.changed(number, (String) execution.getVariable("household"),
          (String) execution.getVariable("parentIdNumber"), (String) execution.getVariable("dependency"),
          Boolean.TRUE.equals(execution.getVariable("newLivingChild")));
      case "DEATH" -> requalification.death(number, (String) execution.getVariable("parentIdNumber"),
          date(execution.getVariable("dateOfDeath")));
      default -> throw new InvalidRequestException(List.of(new FieldError("situation", "请选择家庭情况", "Choose the situation")));
    }
  }

  private static LocalDate date(Object value) {
    try {
      return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().substring(0, 10));
    } catch (DateTimeParseException | StringIndexOutOfBoundsException unreadable) {
      throw new InvalidRequestException(List.of(new FieldError("dateOfDeath", "去世日期应写作 2026-03-01",
          "The date of death must be written as 2026-03-01")));
    }
  }
}
