package cn.harbin.fertility.bureaus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.EngineRestClient;
import cn.harbin.fertility.support.ApplicationOnPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The production profile on PostgreSQL: Camunda's schema, the bureaus and the operator's admin account are
 * created there, no demo user exists, and caseworkers an administrator adds work only their district.
 */
@ApplicationOnPostgres
class TaskRoutingOnPostgresTest extends TaskRoutingContract {

  private static final String PASSWORD = "s3cret-Password";

  @Autowired IdentityService identityService;
  @Autowired DataSource dataSource;

  @BeforeEach
  void staffAddedByTheAdministrator() {
    StaffAccounts.createMissing(identityService, "pgdaoli", PASSWORD, "道里区卫健局", "测试",
        BureauDirectory.districtHealth(HarbinDivision.DAOLI));
    StaffAccounts.createMissing(identityService, "pgsupervisor", PASSWORD, "督查", "测试",
        BureauDirectory.SUPERVISORS);
  }

  @Override
  String daoliCaseworkerId() {
    return "pgdaoli";
  }

  @Override
  EngineRestClient daoliCaseworker() {
    return new EngineRestClient(rest, "pgdaoli", PASSWORD);
  }

  @Override
  EngineRestClient supervisor() {
    return new EngineRestClient(rest, "pgsupervisor", PASSWORD);
  }

  @Test
  void everyBureauAndTheOperatorsAdminExistButNoDemoUser() {
    assertThat(identityService.createGroupQuery().count()).isGreaterThanOrEqualTo(BureauDirectory.all().size());
    assertThat(identityService.checkPassword(ApplicationOnPostgres.ADMIN_ID, ApplicationOnPostgres.ADMIN_PASSWORD))
        .isTrue();
    assertThat(identityService.createUserQuery().userId("daolihealth").count()).isZero();
    assertThat(new EngineRestClient(rest, ApplicationOnPostgres.ADMIN_ID, ApplicationOnPostgres.ADMIN_PASSWORD)
        .ids("/engine-rest/process-definition?key=" + PROCESS)).isNotEmpty();
  }

  @Test
  void engineRestRefusesAnonymousCallsOnPostgresToo() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void deploymentIsStoredInPostgres() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count()).isPositive();
  }
}
