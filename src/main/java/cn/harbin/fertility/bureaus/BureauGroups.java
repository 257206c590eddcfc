package cn.harbin.fertility.bureaus;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.SYSTEM;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static cn.harbin.fertility.bureaus.AuthorizationGrants.ANY;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every bureau of {@link BureauDirectory} as a Camunda group, with the authorizations its members need.
 * Runs at every start and only adds what is missing: a group or grant an administrator changed in Admin
 * stays as they left it.
 */
@Component
@Order(1)
public class BureauGroups implements StartupSetup {

  static final String GROUP_TYPE = "WORKFLOW";
  private static final Logger LOG = LoggerFactory.getLogger(BureauGroups.class);

  private final IdentityService identityService;
  private final AuthorizationGrants grants;

  public BureauGroups(IdentityService identityService, AuthorizationGrants grants) {
    this.identityService = identityService;
    this.grants = grants;
  }

  @Override
  public void createMissing() {
    grantSupervisorReadAccess(BureauDirectory.SUPERVISORS);
    Set<String> existing = identityService.createGroupQuery().list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    int created = 0;
    for (Bureau bureau : BureauDirectory.all()) {
      if (IdempotentSetup.createIfMissing(() -> existing.contains(bureau.groupId()),
          () -> identityService.createGroupQuery().groupId(bureau.groupId()).count() > 0, () -> create(bureau))) {
        created++;
      }
    }
    grantCaseworkerAccess(BureauDirectory.all().stream().map(Bureau::groupId).toList());
    LOG.info("Bureau groups: {} in the directory, {} created now", BureauDirectory.all().size(), created);
  }

  private void create(Bureau bureau) {
    Group group = identityService.newGroup(bureau.groupId());
    group.setName(bureau.nameZh());
    group.setType(GROUP_TYPE);
    identityService.saveGroup(group);
  }

  /**
   * Tasklist, the names of colleagues and groups, and the process models (name and diagram of a task's process,
   * not its instances); tasks themselves are granted per task by the engine.
   */
  private void grantCaseworkerAccess(List<String> groupIds) {
    grants.grantGroupsIfMissing(groupIds, APPLICATION, "tasklist", Permissions.ACCESS);
    grants.grantGroupsIfMissing(groupIds, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    grants.grantGroupsIfMissing(groupIds, USER, ANY, Permissions.READ);
    grants.grantGroupsIfMissing(groupIds, GROUP, ANY, Permissions.READ);
  }

  /**
   * Supervisors read every definition, instance, task and history entry, and change nothing. Granted before the
   * caseworkers' access, which would otherwise take the supervisors' process-definition grant first.
   */
  private void grantSupervisorReadAccess(String groupId) {
    grants.grantGroupIfMissing(groupId, APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grantGroupIfMissing(groupId, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    grants.grantGroupIfMissing(groupId, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.grantGroupIfMissing(groupId, TASK, ANY, TaskPermissions.READ);
    grants.grantGroupIfMissing(groupId, HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
    grants.grantGroupIfMissing(groupId, HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grants.grantGroupIfMissing(groupId, DEPLOYMENT, ANY, Permissions.READ);
    grants.grantGroupIfMissing(groupId, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.grantGroupIfMissing(groupId, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.grantGroupIfMissing(groupId, BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY);
    grants.grantGroupIfMissing(groupId, OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ);
    grants.grantGroupIfMissing(groupId, SYSTEM, ANY, SystemPermissions.READ);
  }
}
