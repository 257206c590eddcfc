package cn.harbin.fertility.bureaus;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Adds a grant authorization when the group has none for that resource yet; never edits an existing one. */
@Component
public class AuthorizationGrants {

  public static final String ANY = Authorization.ANY;

  private final AuthorizationService authorizationService;

  public AuthorizationGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantGroupIfMissing(String groupId, Resource resource, String resourceId, Permission... permissions) {
    IdempotentSetup.createIfMissing(() -> groupHas(groupId, resource, resourceId),
        () -> grantGroup(groupId, resource, resourceId, permissions));
  }

  /**
   * {@link #grantGroupIfMissing} for many groups, reading once which of them have an authorization on the resource:
   * a start finds the bureaus' grants in a few queries rather than one a group.
   */
  public void grantGroupsIfMissing(Collection<String> groupIds, Resource resource, String resourceId,
      Permission... permissions) {
    Set<String> authorized = authorizationService.createAuthorizationQuery().resourceType(resource)
        .resourceId(resourceId).list().stream().map(Authorization::getGroupId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    for (String groupId : groupIds) {
      IdempotentSetup.createIfMissing(() -> authorized.contains(groupId),
          () -> groupHas(groupId, resource, resourceId), () -> grantGroup(groupId, resource, resourceId, permissions));
    }
  }

  private boolean groupHas(String groupId, Resource resource, String resourceId) {
    return authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).count() > 0;
  }

  private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    fill(grant, resource, resourceId, permissions);
  }

  /** The group may start the process from Tasklist (a counter start form) and see its model. */
  public void grantStartIfMissing(String groupId, String processKey) {
    grantGroupIfMissing(groupId, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grantGroupIfMissing(groupId, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }

  /** A global authorization: every authenticated user. */
  public void grantEveryoneIfMissing(Resource resource, String resourceId, Permission... permissions) {
    IdempotentSetup.createIfMissing(
        () -> authorizationService.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).count() > 0,
        () -> {
          Authorization global = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
          global.setUserId(ANY);
          fill(global, resource, resourceId, permissions);
        });
  }

  private void fill(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
