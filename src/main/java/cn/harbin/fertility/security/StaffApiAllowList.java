package cn.harbin.fertility.security;

import cn.harbin.fertility.common.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What staff who are not administrators may call on the engine's REST API ({@code /engine-rest}) and the webapps'
 * API ({@code /camunda/api}): exactly what Tasklist needs for a bureau's own work, and for supervisors what
 * Cockpit reads. Anything not listed is refused before the engine is called, so a refused call changes nothing
 * (the engine decrements a job's retries even when it refuses to execute it). The engine's authorizations still
 * decide every call listed here; the conditions add what they do not check: a claim only for oneself, a comment only
 * on a task one may work, a completion or a start only with the form's own fields.
 */
@Component
class StaffApiAllowList {

  enum Audience {
    STAFF,
    SUPERVISORS
  }

  /** A route of the engine's API (paths after the engine root) or of the webapps' own API (after /camunda/api). */
  record Route(Audience audience, boolean engine, String method, Pattern path, Check check) {}

  /** What a call is: the method, the path within its API, the query parameters and, where needed, the JSON body. */
  record Call(String method, boolean engine, String path, Map<String, List<String>> query) {}

  enum Check {
    NONE,
    PATH_USER_IS_SELF,
    QUERY_ID_IS_SELF,
    QUERY_MEMBER_IS_SELF,
    BODY_USER_IS_SELF,
    BODY_USER_IS_SELF_OR_NOBODY,
    BODY_MEMBER_IS_SELF,
    BODY_MEMBER_IS_NOBODY_ELSE,
    MAY_COMMENT_ON_TASK,
    TASK_FORM_FIELDS_ONLY,
    START_FORM_FIELDS_ONLY,
    LATEST_START_FORM_FIELDS_ONLY;

    boolean readsBody() {
      return this != NONE && this != PATH_USER_IS_SELF && this != QUERY_ID_IS_SELF && this != QUERY_MEMBER_IS_SELF;
    }
  }

  /** Every resource Cockpit reads, but no stack trace: those show internals (SQL, class names). */
  private static final String SUPERVISOR_READABLE = "(?!.*(stacktrace|errorDetails|error-details))"
      + "(process-definition|process-instance|task|history|job|job-definition|incident|variable-instance|execution"
      + "|deployment|decision-definition|decision-requirements-definition|case-definition|case-instance"
      + "|case-execution|external-task|batch|filter|metrics|version)(/.*)?";

  /** Supervisors first: where both audiences have a route, the supervisors' is the wider one. */
  static final List<Route> ROUTES = List.of(
      engine(Audience.SUPERVISORS, "GET", "/" + SUPERVISOR_READABLE, Check.NONE),
      engine(Audience.SUPERVISORS, "POST", "/(process-instance|variable-instance|task|job|external-task)(/count)?",
          Check.NONE),
      engine(Audience.SUPERVISORS, "POST", "/group", Check.BODY_MEMBER_IS_NOBODY_ELSE),
      engine(Audience.SUPERVISORS, "POST",
          "/history/(task|process-instance|activity-instance|variable-instance)(/count)?", Check.NONE),
      webapp(Audience.SUPERVISORS, "GET", "/cockpit/plugin/base/{id}/.*", Check.NONE),
      webapp(Audience.SUPERVISORS, "POST", "/cockpit/plugin/base/{id}/(process-instance|incident)(/count)?", Check.NONE),
      webapp(Audience.SUPERVISORS, "POST", "/cockpit/plugin/base/{id}/process-definition/{id}/called-process-definitions",
          Check.NONE),
      webapp(Audience.SUPERVISORS, "POST", "/cockpit/plugin/base/{id}/process-instance/{id}/called-process-instances",
          Check.NONE),

      engine(Audience.STAFF, "GET", "", Check.NONE),
      engine(Audience.STAFF, "GET", "/version", Check.NONE),
      engine(Audience.STAFF, "GET", "/filter(/count)?", Check.NONE),
      engine(Audience.STAFF, "GET", "/filter/{id}(/count|/list)?", Check.NONE),
      engine(Audience.STAFF, "OPTIONS", "/filter(/{id})?", Check.NONE),
      engine(Audience.STAFF, "POST", "/filter/{id}/list", Check.NONE),
      engine(Audience.STAFF, "GET", "/task(/count)?", Check.NONE),
      engine(Audience.STAFF, "GET",
          "/task/{id}(/form|/form-variables|/deployed-form|/comment|/comment/{id}|/identity-links)?", Check.NONE),
      engine(Audience.STAFF, "GET", "/task/{id}/(variables|localVariables)(/{id}(/data)?)?", Check.NONE),
      engine(Audience.STAFF, "POST", "/task/{task}/claim", Check.BODY_USER_IS_SELF),
      engine(Audience.STAFF, "POST", "/task/{task}/unclaim", Check.NONE),
      engine(Audience.STAFF, "POST", "/task/{task}/assignee", Check.BODY_USER_IS_SELF_OR_NOBODY),
      engine(Audience.STAFF, "POST", "/task/{task}/submit-form", Check.TASK_FORM_FIELDS_ONLY),
      engine(Audience.STAFF, "POST", "/task/{task}/comment/create", Check.MAY_COMMENT_ON_TASK),
      engine(Audience.STAFF, "GET", "/process-definition(/count)?", Check.NONE),
      engine(Audience.STAFF, "GET",
          "/process-definition/(key/)?{definitionId}(/xml|/startForm|/deployed-start-form|/form-variables)?",
          Check.NONE),
      engine(Audience.STAFF, "POST", "/process-definition/{definition}/submit-form", Check.START_FORM_FIELDS_ONLY),
      engine(Audience.STAFF, "POST", "/process-definition/key/{key}/submit-form", Check.LATEST_START_FORM_FIELDS_ONLY),
      engine(Audience.STAFF, "GET", "/history/user-operation(/count)?", Check.NONE),
      engine(Audience.STAFF, "GET", "/process-instance/{id}", Check.NONE),
      engine(Audience.STAFF, "GET", "/process-instance/{id}/variables(/{id}(/data)?)?", Check.NONE),
      engine(Audience.STAFF, "GET", "/execution/{id}/localVariables/{id}(/data)?", Check.NONE),
      engine(Audience.STAFF, "GET", "/user", Check.QUERY_ID_IS_SELF),
      engine(Audience.STAFF, "GET", "/user/{user}/profile", Check.PATH_USER_IS_SELF),
      engine(Audience.STAFF, "PUT", "/user/{user}/credentials", Check.PATH_USER_IS_SELF),
      engine(Audience.STAFF, "GET", "/group(/count)?", Check.QUERY_MEMBER_IS_SELF),
      engine(Audience.STAFF, "POST", "/group", Check.BODY_MEMBER_IS_SELF),
      engine(Audience.STAFF, "GET", "/identity/password-policy", Check.NONE),
      engine(Audience.STAFF, "POST", "/identity/password-policy", Check.NONE),
      webapp(Audience.STAFF, "GET", "/(cockpit|tasklist|admin)/plugin/{id}/static/.*", Check.NONE),
      webapp(Audience.STAFF, "GET", "/admin/auth/user/{id}", Check.NONE),
      webapp(Audience.STAFF, "POST", "/admin/auth/user/{id}/(login/{id}|logout)", Check.NONE));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormFields formFields;
  private final AuthorizationService authorizationService;
  private final TaskService taskService;

  StaffApiAllowList(FormFields formFields, AuthorizationService authorizationService, TaskService taskService) {
    this.formFields = formFields;
    this.authorizationService = authorizationService;
    this.taskService = taskService;
  }

  /** The route a call would take for this caller, if any. */
  static Optional<RouteMatch> route(StaffCaller caller, Call call) {
    for (Route route : ROUTES) {
      if (route.engine() != call.engine() || !route.method().equals(call.method())
          || route.audience() == Audience.SUPERVISORS && !caller.isSupervisor()) {
        continue;
      }
      Matcher matcher = route.path().matcher(call.path());
      if (matcher.matches()) {
        return Optional.of(new RouteMatch(route, matcher));
      }
    }
    return Optional.empty();
  }

  record RouteMatch(Route route, Matcher matcher) {

    String group(String name) {
      return route.path().pattern().contains("(?<" + name + ">") ? matcher.group(name) : null;
    }
  }

  /** Why a call is refused: 403 for what the caller may not do, 400 for a request no caller may send. */
  record Refusal(int status, String messageZh, String messageEn) {}

  /**
   * @param body the request body, read where the route's check needs it ({@link Check#readsBody()})
   * @return why the call is refused, or empty when it may go on to the engine
   */
  Optional<Refusal> refusal(StaffCaller caller, Call call, RouteMatch match, byte[] body) {
    String self = caller.userId();
    JsonNode json = json(body);
    if (match.route().check().readsBody() && json == null) {
      return Optional.of(new Refusal(400, "请求内容不是有效的 JSON", "The request body is not valid JSON"));
    }
    return switch (match.route().check()) {
      case NONE -> Optional.empty();
      case PATH_USER_IS_SELF -> onlyIf(self.equals(match.group("user")), "只能查看或修改本人的账户");
      case QUERY_ID_IS_SELF -> onlyIf(self.equals(single(call, "id")), "只能查询本人的账户");
      case QUERY_MEMBER_IS_SELF -> onlyIf(self.equals(single(call, "member")), "只能查询本人所在的部门");
      case BODY_USER_IS_SELF -> onlyIf(self.equals(json.path("userId").asText(null)), "只能由本人认领任务");
      case BODY_USER_IS_SELF_OR_NOBODY -> {
        String assignee = json.path("userId").asText(null);
        yield onlyIf(assignee == null || assignee.equals(self), "只能把任务分配给本人或取消分配");
      }
      case BODY_MEMBER_IS_SELF -> onlyIf(self.equals(json.path("member").asText(null)), "只能查询本人所在的部门");
      case BODY_MEMBER_IS_NOBODY_ELSE -> {
        String member = json.path("member").asText(null);
        yield onlyIf(member == null || member.equals(self), "只能查询本人所在的部门");
      }
      case MAY_COMMENT_ON_TASK -> onlyIf(mayCommentOn(caller, match.group("task"),
          json.path("processInstanceId").asText(null)), "只能在本部门办理的任务上添加备注");
      case TASK_FORM_FIELDS_ONLY -> onlyFields(json, formFields::ofTask, match.group("task"));
      case START_FORM_FIELDS_ONLY -> onlyFields(json, formFields::ofStartForm, match.group("definition"));
      case LATEST_START_FORM_FIELDS_ONLY -> onlyFields(json, formFields::ofLatestStartForm, match.group("key"));
    };
  }

  /** On a task one may work, and only about that task's own case: the engine checks neither. */
  private boolean mayCommentOn(StaffCaller caller, String taskId, String processInstanceId) {
    boolean mayWork = authorizationService.isUserAuthorized(caller.userId(), caller.groupIds(), Permissions.TASK_WORK,
        Resources.TASK, taskId)
        || authorizationService.isUserAuthorized(caller.userId(), caller.groupIds(), Permissions.UPDATE,
            Resources.TASK, taskId);
    if (!mayWork || processInstanceId == null) {
      return mayWork;
    }
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    return task != null && processInstanceId.equals(task.getProcessInstanceId());
  }

  /**
   * A completion or a start sets only what its form asks, each with a value of its kind; routing, payee and amounts
   * come from the records.
   */
  private static Optional<Refusal> onlyFields(JsonNode body, Function<String, Map<String, FormFields.Field>> fieldsOf,
      String id) {
    List<FieldError> problems = FormFields.problems(fieldsOf.apply(id), body.path("variables"));
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(400,
        "表单内容有误，未办理：" + problems.stream().map(FieldError::messageZh).collect(Collectors.joining("；")),
        "The form has errors; nothing was done: "
            + problems.stream().map(FieldError::messageEn).collect(Collectors.joining("; "))));
  }

  private static Optional<Refusal> onlyIf(boolean allowed, String refusalZh) {
    return allowed ? Optional.empty()
        : Optional.of(new Refusal(403, refusalZh, "Refused: this is not within your own work"));
  }

  private static String single(Call call, String parameter) {
    List<String> values = call.query().get(parameter);
    return values != null && values.size() == 1 ? values.get(0) : null;
  }

  /** @return the body, an empty object for none, or null when it is no JSON */
  private static JsonNode json(byte[] body) {
    try {
      return body == null || body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException unreadable) {
      return null;
    }
  }

  private static Route engine(Audience audience, String method, String template, Check check) {
    return new Route(audience, true, method, compile(template), check);
  }

  private static Route webapp(Audience audience, String method, String template, Check check) {
    return new Route(audience, false, method, compile(template), check);
  }

  /**
   * {@code {id}} is any one path segment, {@code {definitionId}} one that is no name of the resource's own
   * ({@code statistics}), {@code {user}} etc. a named one. Calls come without a trailing slash
   * ({@link StaffApiGuard#callOf}).
   */
  private static Pattern compile(String template) {
    String regex = template.replace("{id}", "[^/]+").replace("{definitionId}", "(?!statistics$)[^/]+")
        .replaceAll("\\{(\\w+)\\}", "(?<$1>[^/]+)");
    return Pattern.compile(regex);
  }
}
