package cn.harbin.fertility.bureaus;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Labels every user task of a case as it is created, so that a caseworker tells it apart in Tasklist's list and finds
 * it with the list's search (which matches task names): the name is the step, the application number and the applicant
 * ({@code 区卫健局审核 · YE-2026-000123 刘丽}), the description adds the division, and the same three facts are task
 * variables that the shared filters show as columns ({@link TasklistFilters#COLUMNS}). Runs after the supervisors'
 * record of the task, which keeps the step's own name.
 */
@Component
public class TaskLabels {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String CASE_APPLICANT = "caseApplicant";
  public static final String CASE_DIVISION = "caseDivision";
  private static final String CASE_OF_AN_INSTANCE = "applicationNumber";

  private final JdbcClient jdbc;

  public TaskLabels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Applicant(String name, String divisionName) {}

  /**
   * The case a task is for: its process's business key, or in a process that goes through many cases (the special
   * families' yearly requalification, one instance of its subprocess per family) the case the task's own instance
   * goes through, {@code applicationNumber}.
   */
  private static String caseNumberOf(DelegateTask task) {
    if (task.getExecution() == null) {
      return null;
    }
    String businessKey = task.getExecution().getProcessBusinessKey();
    return businessKey != null ? businessKey
        : task.getVariable(CASE_OF_AN_INSTANCE) instanceof String number ? number : null;
  }

  @EventListener
  @Order(2)
  public void label(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    String step = task.getName();
    String number = caseNumberOf(task);
    if (step == null || number == null) {
      return;
    }
    Optional<Applicant> applicant = jdbc.sql(
            "SELECT applicant_name, division_code FROM application WHERE application_number = :number")
        .param("number", number)
        .query((row, n) -> new Applicant(row.getString("applicant_name"), HarbinDivision
            .ofCode(row.getString("division_code")).map(HarbinDivision::nameZh).orElse(row.getString("division_code"))))
        .optional();
    task.setName(step + " · " + number + applicant.map(found -> " " + found.name()).orElse(""));
    task.setVariableLocal(CASE_NUMBER, number);
    applicant.ifPresentOrElse(found -> {
      task.setDescription("申请编号 " + number + "　申请人 " + found.name() + "　户籍所在地 " + found.divisionName());
      task.setVariablesLocal(Map.of(CASE_APPLICANT, found.name(), CASE_DIVISION, found.divisionName()));
    }, () -> task.setDescription("编号 " + number));
  }
}
