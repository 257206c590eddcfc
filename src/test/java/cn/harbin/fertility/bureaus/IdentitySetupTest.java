package cn.harbin.fertility.bureaus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnH2;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationOnH2
class IdentitySetupTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired BureauGroups bureauGroups;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired DemoUsers demoUsers;

  @Test
  void everyBureauIsAGroupWithItsChineseName() {
    for (Bureau bureau : BureauDirectory.all()) {
      Group group = identityService.createGroupQuery().groupId(bureau.groupId()).singleResult();
      assertThat(group).as(bureau.groupId()).isNotNull();
      if (!bureau.groupId().equals(BureauDirectory.street(HarbinDivision.YILAN))) {
        assertThat(group.getName()).isEqualTo(bureau.nameZh());
      }
    }
  }

  @Test
  void aRestartChangesNothingAndKeepsWhatAnAdministratorChanged() {
    Group renamed = identityService.createGroupQuery().groupId(BureauDirectory.street(HarbinDivision.YILAN))
        .singleResult();
    renamed.setName("依兰县乡镇(街道)办事处");
    identityService.saveGroup(renamed);
    long groups = identityService.createGroupQuery().count();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();

    restart();

    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(identityService.createGroupQuery().groupId(renamed.getId()).singleResult().getName())
        .isEqualTo("依兰县乡镇(街道)办事处");
  }

  @Test
  void aGroupMissingFromTheDatabaseAppearsAtTheNextStart() {
    String newInThisRelease = BureauDirectory.districtHealth(HarbinDivision.TONGHE);
    identityService.deleteGroup(newInThisRelease);

    restart();

    assertThat(identityService.createGroupQuery().groupId(newInThisRelease).singleResult().getName())
        .isEqualTo("通河县卫生健康局");
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(newInThisRelease)
        .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).isEqualTo(1);
  }

  @Test
  void aBureausGrantMissingFromTheDatabaseAppearsAtTheNextStart() {
    String bureau = BureauDirectory.districtHealth(HarbinDivision.BIN);
    authorizationService.deleteAuthorization(authorizationService.createAuthorizationQuery().groupIdIn(bureau)
        .resourceType(Resources.USER).resourceId(AuthorizationGrants.ANY).singleResult().getId());

    restart();

    for (Bureau each : BureauDirectory.all()) {
      assertThat(authorizationService.createAuthorizationQuery().groupIdIn(each.groupId())
          .resourceType(Resources.USER).resourceId(AuthorizationGrants.ANY).count()).as(each.groupId()).isEqualTo(1);
    }
  }

  @Test
  void demoCaseworkersBelongToTheirBureausAndTheAdminToCamundaAdmin() {
    for (DemoUsers.DemoUser user : DemoUsers.ALL) {
      assertThat(identityService.checkPassword(user.id(), DemoUsers.PASSWORD)).as(user.id()).isTrue();
      assertThat(identityService.createUserQuery().userId(user.id()).memberOfGroup(user.groupId()).count())
          .as(user.id()).isEqualTo(1);
    }
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId("admin").count())
        .isEqualTo(1);
  }

  @Test
  void everyCityBureauAndBothDemoDistrictsHaveADemoCaseworker() {
    for (Bureau bureau : BureauDirectory.all()) {
      boolean demoDistrict = bureau.division() == HarbinDivision.DAOLI || bureau.division() == HarbinDivision.NANGANG;
      if (bureau.level() == Bureau.Level.CITY || demoDistrict) {
        assertThat(identityService.createUserQuery().memberOfGroup(bureau.groupId()).count())
            .as(bureau.groupId()).isPositive();
      }
    }
  }

  @Test
  void theThreeSharedFiltersExistOnceAndEveryoneMayReadThem() {
    for (String name : new String[] {
        TasklistFilters.DEPARTMENT_TASKS, TasklistFilters.MY_TASKS, TasklistFilters.OVERDUE_TASKS}) {
      assertThat(filterService.createTaskFilterQuery().filterName(name).list()).as(name).hasSize(1);
      String filterId = filterService.createTaskFilterQuery().filterName(name).singleResult().getId();
      assertThat(authorizationService.isUserAuthorized("daolihealth", null,
          Permissions.READ, Resources.FILTER, filterId)).isTrue();
    }
  }

  private void restart() {
    bureauGroups.createMissing();
    tasklistFilters.createMissing();
    demoUsers.createMissing();
  }
}
