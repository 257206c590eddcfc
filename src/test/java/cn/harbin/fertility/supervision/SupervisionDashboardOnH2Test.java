package cn.harbin.fertility.supervision;

import cn.harbin.fertility.support.ApplicationOnH2;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Every test of {@link SupervisionDashboardContract}, on H2. */
@ApplicationOnH2
class SupervisionDashboardOnH2Test extends SupervisionDashboardContract {

  @Autowired RepositoryService repositoryService;

  @BeforeEach
  void aProcessWithOneTaskForADistrict() {
    repositoryService.createDeployment().addClasspathResource("bpmn/test-district-review.bpmn")
        .enableDuplicateFiltering(true).deploy();
  }
}
