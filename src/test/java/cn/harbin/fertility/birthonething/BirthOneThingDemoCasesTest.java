package cn.harbin.fertility.birthonething;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnH2;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApplicationOnH2
class BirthOneThingDemoCasesTest {

  @Autowired JdbcClient jdbc;
  @Autowired BirthSchemeResults results;
  @Autowired TaskService taskService;
  @Autowired Certificates certificates;

  @Test
  void theDemoFamiliesWaitAtTheirBureaus() {
    String newFlat = demoCase(BirthOneThingDemoCases.THIRD_CHILD_MOTHER);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(newFlat).list()).extracting(Task::getName)
        .anyMatch(name -> name.startsWith("区卫健局审核国家育儿补贴")).anyMatch(name -> name.startsWith("市住建局核验购房合同"))
        .anyMatch(name -> name.startsWith("市医保局办理新生儿参保")).anyMatch(name -> name.startsWith("市住房公积金中心"));

    String firstChild = demoCase(BirthOneThingDemoCases.FIRST_CHILD_MOTHER);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(firstChild).count()).isEqualTo(2);

    String county = demoCase(BirthOneThingDemoCases.COUNTY_MOTHER);
    assertThat(results.of(county)).filteredOn(result -> result.scheme().equals("home-purchase-subsidy"))
        .singleElement().extracting(BirthSchemeResults.SchemeResult::explanationZh).asString().contains("九城区");
    assertThat(certificates.ofApplication(county)).as("the provident fund centre has confirmed").singleElement()
        .satisfies(certificate -> assertThat(certificate.parents()).extracting(Certificate.Parent::name)
            .containsExactly("赵敏", "钱军"));
  }

  private String demoCase(String mother) {
    return jdbc.sql("SELECT application_number FROM application WHERE case_type = 'birth-one-thing' "
        + "AND applicant_id_number = :mother").param("mother", mother).query(String.class).single();
  }
}
