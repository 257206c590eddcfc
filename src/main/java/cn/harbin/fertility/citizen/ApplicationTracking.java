package cn.harbin.fertility.citizen;

import cn.harbin.fertility.bureaus.Bureau;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.NotFoundException;
import cn.harbin.fertility.common.Notifications;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * A citizen's own case: the application number and the applicant's identity number together open it. A wrong pair
 * gets the same answer as an unknown number, so that nobody learns about someone else's case. Every case type
 * takes the applicant's messages {@code <case type>-withdrawn} and {@code <case type>-material-supplied}.
 */
@Service
public class ApplicationTracking {

  private final ApplicationRecords records;
  private final Notifications notifications;
  private final TaskService taskService;
  private final RuntimeService runtimeService;

  public ApplicationTracking(ApplicationRecords records, Notifications notifications, TaskService taskService,
      RuntimeService runtimeService) {
    this.records = records;
    this.notifications = notifications;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
  }

  public ApplicationStatus status(String applicationNumber, String applicantIdNumber) {
    ApplicationRecord record = ownApplication(applicationNumber, applicantIdNumber);
    Task current = taskService.createTaskQuery().processInstanceBusinessKey(applicationNumber).active()
        .listPage(0, 1).stream().findFirst().orElse(null);
    Optional<Bureau> bureau = Optional.ofNullable(current).flatMap(task -> taskService.getIdentityLinksForTask(task.getId())
        .stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .findFirst()).flatMap(link -> BureauDirectory.byGroupId(link.getGroupId()));
    return new ApplicationStatus(record.applicationNumber(), record.caseType(), record.status().name(),
        IdentityNumber.parse(record.applicantIdNumber()).orElseThrow().masked(), record.receivedAt(),
        current == null ? null : current.getName(), bureau.map(Bureau::nameZh).orElse(null),
        bureau.map(Bureau::nameEn).orElse(null), record.decidedAt(), record.outcomeReasonZh(),
        record.outcomeReasonEn(), notifications.of(applicationNumber));
  }

  /** Ends the case before its decision. */
  public void withdraw(String applicationNumber, String applicantIdNumber) {
    ApplicationRecord record = ownApplication(applicationNumber, applicantIdNumber);
    correlate(record, "-withdrawn", Map.of(), "该申请已办结，不能撤回", "This application is already decided and cannot be withdrawn");
  }

  /** The material the reviewer asked for has been supplied (described; documents are brought to the office). */
  public void supplyMaterial(String applicationNumber, String applicantIdNumber, String description) {
    ApplicationRecord record = ownApplication(applicationNumber, applicantIdNumber);
    FieldChecks checks = new FieldChecks();
    checks.text("description", description, 1000, true, "补正材料说明（补正了哪些材料、如何递交）",
        "The description of the material supplied and how");
    InvalidRequestException.throwIfAny(checks.errors());
    correlate(record, "-material-supplied", Map.of("suppliedMaterial", description.strip()),
        "该申请目前不需要补正材料", "This application is not waiting for material");
  }

  private void correlate(ApplicationRecord record, String messageSuffix, Map<String, Object> variables,
      String refusedZh, String refusedEn) {
    try {
      runtimeService.createMessageCorrelation(record.caseType() + messageSuffix)
          .processInstanceBusinessKey(record.applicationNumber()).setVariables(variables).correlate();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new ConflictException(refusedZh, refusedEn);
    }
  }

  /** A number that is no identity number at all is a 400, told as such; a valid one that does not match, a 404. */
  private ApplicationRecord ownApplication(String applicationNumber, String applicantIdNumber) {
    FieldChecks checks = new FieldChecks();
    Optional<IdentityNumber> applicant = checks.identityNumber("applicantIdNumber", applicantIdNumber,
        "申请人身份证号码", "Applicant's identity number");
    InvalidRequestException.throwIfAny(checks.errors());
    return records.find(applicationNumber)
        .filter(found -> found.applicantIdNumber().equals(applicant.orElseThrow().value()))
        .orElseThrow(() -> new NotFoundException("没有找到该申请编号和身份证号码对应的申请",
            "No application matches this number and identity number"));
  }
}
