package cn.harbin.fertility.citizen;

import cn.harbin.fertility.bureaus.Bureau;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.NotFoundException;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.payments.EntitlementStatements;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/**
 * A signed-in citizen's cases as the portal and {@code /api/me} show them: only cases where both their identity
 * number and their verified phone match a party of the case; anybody else's is "not found", like a number that does
 * not exist. Steps come from the engine's history; money from the entitlement tables.
 */
@Service
public class CitizenCases {

  /** Where a case stands, in the words the portal uses. */
  public enum Stage {
    IN_PROGRESS,
    AWAITING_MATERIAL,
    GRANTED,
    REJECTED,
    WITHDRAWN,
    CLOSED
  }

  /** @param bureau null for a step that waits on the applicant or on time */
  public record Step(String name, Bureau bureau, Instant started, Instant finished, Instant due) {}

  public record CaseOverview(String applicationNumber, String caseType, Stage stage, Instant receivedAt,
      Instant decidedAt, List<Step> currentSteps) {}

  public record MaterialRequest(String missing, Instant requestedAt, Instant due) {}

  public record CaseDetails(CaseOverview overview, String applicantName, String maskedApplicantIdNumber,
      String outcomeReasonZh, String outcomeReasonEn, List<Step> timeline, Optional<MaterialRequest> materialRequest,
      boolean withdrawable, List<SuppliedMaterial.Submission> suppliedMaterial,
      List<EntitlementStatements.Statement> entitlements, List<Notifications.Notification> notifications) {}

  /** The activities a citizen reads as steps of their case; gateways, scripts and boundary timers are not. */
  private static final Set<String> STEP_TYPES = Set.of("userTask", "receiveTask", "intermediateTimer", "callActivity",
      "startEvent", "messageStartEvent", "noneEndEvent", "terminateEndEvent", "errorEndEvent", "messageEndEvent");
  private static final Set<String> WAITING_TYPES = Set.of("userTask", "receiveTask", "intermediateTimer");

  private final ApplicationRecords records;
  private final Notifications notifications;
  private final EntitlementStatements statements;
  private final SuppliedMaterial material;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  public CitizenCases(ApplicationRecords records, Notifications notifications, EntitlementStatements statements,
      SuppliedMaterial material, HistoryService historyService, RuntimeService runtimeService,
      ManagementService managementService) {
    this.records = records;
    this.notifications = notifications;
    this.statements = statements;
    this.material = material;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  public List<CaseOverview> of(Citizen citizen) {
    return records.ofParty(citizen.idNumber(), citizen.phone()).stream()
        .map(record -> overview(record, steps(record))).toList();
  }

  public CaseDetails details(Citizen citizen, String applicationNumber) {
    ApplicationRecord record = own(citizen, applicationNumber);
    List<Step> steps = steps(record);
    Optional<MaterialRequest> request = materialRequest(record, steps);
    return new CaseDetails(overview(record, steps), record.applicantName(),
        IdentityNumber.parse(record.applicantIdNumber()).map(IdentityNumber::masked).orElse("****"),
        record.outcomeReasonZh(), record.outcomeReasonEn(), steps, request,
        record.status() == ApplicationRecord.Status.RECEIVED && waitsFor(record, "-withdrawn"),
        material.of(applicationNumber), statements.of(applicationNumber), notifications.of(applicationNumber));
  }

  /** @throws NotFoundException unless the citizen is a party of the case, exactly as for a number nobody has */
  ApplicationRecord own(Citizen citizen, String applicationNumber) {
    return records.findForParty(applicationNumber, citizen.idNumber(), citizen.phone())
        .orElseThrow(() -> new NotFoundException("没有找到您的这件申请", "No application of yours has this number"));
  }

  private CaseOverview overview(ApplicationRecord record, List<Step> steps) {
    Stage stage = switch (record.status()) {
      case GRANTED -> Stage.GRANTED;
      case REJECTED -> Stage.REJECTED;
      case WITHDRAWN -> Stage.WITHDRAWN;
      case CLOSED -> Stage.CLOSED;
      case RECEIVED -> waitsFor(record, "-material-supplied") ? Stage.AWAITING_MATERIAL : Stage.IN_PROGRESS;
    };
    List<Step> current = record.status() == ApplicationRecord.Status.RECEIVED
        ? steps.stream().filter(step -> step.finished() == null).toList()
        : List.of();
    return new CaseOverview(record.applicationNumber(), record.caseType(), stage, record.receivedAt(),
        record.decidedAt(), current);
  }

  /**
   * Every named step of every process of the case (the case; for special families its requalifications; after a
   * birth each scheme's process). A process the case calls under its own number shows its steps, not its start nor
   * the call.
   */
  private List<Step> steps(ApplicationRecord record) {
    List<Step> steps = new ArrayList<>();
    List<HistoricProcessInstance> processes = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(record.applicationNumber()).orderByProcessInstanceStartTime().asc().list();
    Set<String> ofTheCase = processes.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    for (HistoricProcessInstance process : processes) {
      boolean calledByTheCase = ofTheCase.contains(process.getSuperProcessInstanceId());
      for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(process.getId()).orderByHistoricActivityInstanceStartTime().asc()
          .orderPartiallyByOccurrence().asc().list()) {
        if (activity.getActivityName() == null || !STEP_TYPES.contains(activity.getActivityType())
            || ofTheCase.contains(activity.getCalledProcessInstanceId())
            || calledByTheCase && "startEvent".equals(activity.getActivityType())) {
          continue;
        }
        String taskId = activity.getTaskId();
        steps.add(new Step(activity.getActivityName(), taskId == null ? null : bureauOf(taskId),
            activity.getStartTime().toInstant(), instant(activity.getEndTime()),
            activity.getEndTime() != null || !WAITING_TYPES.contains(activity.getActivityType()) ? null
                : due(process, activity)));
      }
    }
    steps.sort(Comparator.comparing(Step::started));
    return steps;
  }

  private Bureau bureauOf(String taskId) {
    return historyService.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE)
        .list().stream().filter(link -> link.getGroupId() != null)
        .map(link -> BureauDirectory.byGroupId(link.getGroupId())).flatMap(Optional::stream).findFirst().orElse(null);
  }

  /** A waiting step's due date; only a task still open is read, as a caseworker may have moved its due date. */
  private Instant due(HistoricProcessInstance process, HistoricActivityInstance activity) {
    if (activity.getTaskId() != null) {
      return historyService.createHistoricTaskInstanceQuery().taskId(activity.getTaskId()).list().stream()
          .map(HistoricTaskInstance::getDueDate).map(CitizenCases::instant).findFirst().orElse(null);
    }
    if ("receiveTask".equals(activity.getActivityType())) {
      return materialDueDays(process.getId())
          .map(days -> activity.getStartTime().toInstant().plus(Duration.ofDays(days))).orElse(null);
    }
    return managementService.createJobQuery().processInstanceId(process.getId()).activityId(activity.getActivityId())
        .timers().list().stream().map(Job::getDuedate).map(CitizenCases::instant).findFirst().orElse(null);
  }

  private Optional<MaterialRequest> materialRequest(ApplicationRecord record, List<Step> steps) {
    if (record.status() != ApplicationRecord.Status.RECEIVED || !waitsFor(record, "-material-supplied")) {
      return Optional.empty();
    }
    Optional<Step> waiting = steps.stream().filter(step -> step.finished() == null && step.bureau() == null
        && step.due() != null).reduce((first, last) -> last);
    String missing = latestVariable(record.applicationNumber(), "missingMaterial").map(Object::toString).orElse("");
    return Optional.of(new MaterialRequest(missing, waiting.map(Step::started).orElse(null),
        waiting.map(Step::due).orElse(null)));
  }

  private Optional<Integer> materialDueDays(String processInstanceId) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName("materialDueDays").list().stream().map(HistoricVariableInstance::getValue)
        .filter(Number.class::isInstance).map(value -> ((Number) value).intValue()).findFirst();
  }

  private Optional<Object> latestVariable(String applicationNumber, String name) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationNumber).active().list()
        .stream().map(process -> runtimeService.getVariable(process.getId(), name)).filter(value -> value != null)
        .findFirst();
  }

  /** Whether a process of the case waits for the applicant's message {@code <case type><suffix>} now. */
  private boolean waitsFor(ApplicationRecord record, String messageSuffix) {
    // One query, not one for the case's processes and one for each of their subscriptions.
    return runtimeService.createExecutionQuery().processInstanceBusinessKey(record.applicationNumber())
        .messageEventSubscriptionName(record.caseType() + messageSuffix).count() > 0;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
