package cn.harbin.fertility.bureaus;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the signed-in staff member may do beyond working their bureau's tasks, from the engine's authorizations: the
 * webapps offer 新建任务, the filters' edit button and Cockpit's modifying buttons only to those it allows.
 */
@RestController
class StaffPermissionsController {

  /** Each flag is the engine's own answer for this user and their groups. */
  record StaffPermissions(String user, boolean administrator, boolean mayCreateTasks, boolean mayEditFilters) {}

  private final AuthorizationService authorizationService;

  StaffPermissionsController(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @GetMapping("/staff/me/permissions")
  StaffPermissions permissions(Authentication staff) {
    String user = staff.getName();
    List<String> groups = staff.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return new StaffPermissions(user, groups.contains(Groups.CAMUNDA_ADMIN),
        authorizationService.isUserAuthorized(user, groups, Permissions.CREATE, Resources.TASK, Authorization.ANY),
        authorizationService.isUserAuthorized(user, groups, Permissions.UPDATE, Resources.FILTER, Authorization.ANY));
  }
}
