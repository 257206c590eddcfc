package cn.harbin.fertility.supervision;

import cn.harbin.fertility.support.ApplicationOnPostgres;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Every test of {@link SupervisionDashboardContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
class SupervisionDashboardOnPostgresTest extends SupervisionDashboardContract {

  @Autowired RepositoryService repositoryService;

  @BeforeEach
  void aProcessWithOneTaskForADistrict() {
    repositoryService.createDeployment().addClasspathResource("bpmn/test-district-review.bpmn")
        .enableDuplicateFiltering(true).deploy();
  }
}
