package cn.harbin.fertility.bureaus;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The administrator: a member of {@code camunda-admin}, which holds every permission on every resource (as
 * Camunda's own first-admin set-up grants it). Created once; a password changed later in Admin is not reset at
 * the next start.
 */
@Component
@Order(3)
public class AdminAccount implements StartupSetup {

  private final IdentityService identityService;
  private final AuthorizationGrants grants;
  private final AdminAccountProperties properties;

  public AdminAccount(IdentityService identityService, AuthorizationGrants grants, AdminAccountProperties properties) {
    this.identityService = identityService;
    this.grants = grants;
    this.properties = properties;
  }

  @Override
  public void createMissing() {
    IdempotentSetup.createIfMissing(
        () -> identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() > 0,
        () -> {
          Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
          group.setName("系统管理员");
          group.setType(Groups.GROUP_TYPE_SYSTEM);
          identityService.saveGroup(group);
        });
    for (Resources resource : Resources.values()) {
      grants.grantGroupIfMissing(Groups.CAMUNDA_ADMIN, resource, AuthorizationGrants.ANY, Permissions.ALL);
    }
    StaffAccounts.createMissing(identityService, properties.id(), properties.password(), "系统", "管理员",
        Groups.CAMUNDA_ADMIN);
  }
}
