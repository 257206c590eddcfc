package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.population.JdbcPopulationRegistry;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Test support: a childcare subsidy claim taken through the case to its grant, for payment tests. */
@Component
public class GrantedClaims {

  private final JdbcPopulationRegistry registry;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  public GrantedClaims(JdbcPopulationRegistry registry, RuntimeService runtimeService, TaskService taskService) {
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  /** @return the application number of the granted claim */
  public String grant(String divisionCode, LocalDate childBirthDate, int birthOrder) {
    TestFamily family = TestFamily.of(divisionCode, childBirthDate, birthOrder).registerIn(registry, birthOrder);
    String number = runtimeService.startProcessInstanceByKey(ChildcareSubsidyIntake.PROCESS_KEY,
        family.application().toVariables()).getBusinessKey();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId(),
        Map.of("reviewDecision", "approve"));
    return number;
  }
}
