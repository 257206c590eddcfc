package cn.harbin.fertility.security;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's refusals that staff meet in Tasklist and Cockpit, in Chinese: a missing authorization and an object
 * that no longer exists (a task completed or withdrawn meanwhile). Other messages are left as they are.
 */
final class EngineMessages {

  private static final Pattern MISSING_PERMISSION = Pattern.compile(
      "The user with id '([^']*)' does not have (?:one of the following permissions: )?'(\\w+)' permission on "
          + "resource '([^']*)'(?: of type '(\\w+)')?");
  private static final Pattern NO_SUCH_OBJECT = Pattern.compile(
      "^(?:No matching |Cannot find )?([A-Za-z ]+?) (?:with|for) id\\b.*?(?:does not exist|not found|is null)?$");
  private static final Map<String, String> RESOURCES = Map.of(
      "task", "任务", "processinstance", "流程实例", "processdefinition", "流程定义", "filter", "任务过滤器",
      "deployment", "部署", "authorization", "授权", "user", "用户", "group", "用户组", "batch", "批量操作",
      "historictask", "历史任务");
  private static final Map<String, String> PERMISSIONS = Map.of(
      "READ", "查看", "UPDATE", "修改", "CREATE", "新建", "DELETE", "删除", "CREATE_INSTANCE", "发起",
      "READ_HISTORY", "查看历史", "UPDATE_VARIABLE", "修改变量", "TASK_WORK", "办理", "TASK_ASSIGN", "指派",
      "SUSPEND", "挂起");

  private EngineMessages() {}

  /** The Chinese text for an engine message this class knows, or empty. */
  static Optional<String> inChinese(String engineMessage) {
    Matcher permission = MISSING_PERMISSION.matcher(engineMessage);
    if (permission.find()) {
      String resourceType = permission.group(4) != null ? permission.group(4) : permission.group(3);
      return Optional.of("您（" + permission.group(1) + "）没有" + PERMISSIONS.getOrDefault(permission.group(2), "此")
          + "权限，不能对" + RESOURCES.getOrDefault(resourceType.toLowerCase().replace(" ", ""), "该对象")
          + "执行此操作；如确需办理，请联系系统管理员。");
    }
    Matcher missing = NO_SUCH_OBJECT.matcher(engineMessage);
    boolean saysMissing = engineMessage.startsWith("No matching ") || engineMessage.startsWith("Cannot find ")
        || engineMessage.contains("does not exist") || engineMessage.contains("not found")
        || engineMessage.endsWith("is null");
    if (saysMissing && missing.find()) {
      String what = RESOURCES.getOrDefault(missing.group(1).toLowerCase().replace(" ", ""), "对象");
      return Optional.of("该" + what + "已不存在（可能已由他人办结、撤回或删除），请刷新列表。");
    }
    return Optional.empty();
  }
}
