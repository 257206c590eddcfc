package cn.harbin.fertility.bureaus;

import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every caseworker starts from. The filters only choose and sort: which tasks
 * a user may see at all is decided by the engine's task authorizations.
 */
@Component
@Order(2)
public class TasklistFilters implements StartupSetup {

  public static final String DEPARTMENT_TASKS = "本部门待办";
  public static final String MY_TASKS = "我的任务";
  public static final String OVERDUE_TASKS = "已逾期";

  /** The columns under each task in the list; the days left are Tasklist's own "到期 3 天后" beside them. */
  public static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", TaskLabels.CASE_NUMBER, "label", "申请编号"),
      Map.of("name", TaskLabels.CASE_APPLICANT, "label", "申请人"),
      Map.of("name", TaskLabels.CASE_DIVISION, "label", "户籍所在地"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationGrants grants;

  public TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @Override
  public void createMissing() {
    createIfMissing(DEPARTMENT_TASKS, "本部门（候选组包含我所在部门）的全部待办任务", -10,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc());
    createIfMissing(MY_TASKS, "已分配给我的任务", -5,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    createIfMissing(OVERDUE_TASKS, "到期日已过、尚未办结的任务", 0,
        taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  private void createIfMissing(String name, String description, int priority, TaskQuery query) {
    IdempotentSetup.createIfMissing(() -> find(name) != null, () -> {
      Filter filter = filterService.newTaskFilter(name);
      filter.setQuery(query);
      filter.setProperties(Map.of(
          "description", description,
          "priority", priority,
          "refresh", true,
          "variables", COLUMNS));
      filterService.saveFilter(filter);
    });
    addColumnsIfNone(find(name));
    grants.grantEveryoneIfMissing(FILTER, find(name).getId(), Permissions.READ);
  }

  /** A filter saved before the columns existed gets them; columns an administrator chose are left alone. */
  private void addColumnsIfNone(Filter filter) {
    Map<String, Object> properties = new HashMap<>(filter.getProperties());
    if (properties.get("variables") instanceof List<?> columns && columns.isEmpty()) {
      properties.put("variables", COLUMNS);
      filter.setProperties(properties);
      filterService.saveFilter(filter);
    }
  }

  private Filter find(String name) {
    return filterService.createTaskFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
  }
}
