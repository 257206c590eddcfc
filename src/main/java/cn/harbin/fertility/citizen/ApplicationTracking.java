package cn.harbin.fertility.citizen;

import cn.harbin.fertility.bureaus.Bureau;
import cn.harbin.fertility.bureaus.BureauDirectory;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.NotFoundException;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * A citizen follows their own case: the application number and the applicant's identity number together open it.
 * A wrong pair gets the same answer as an unknown number, so that nobody learns about someone else's case.
 */
@Service
public class ApplicationTracking {

  private final ApplicationRecords records;
  private final TaskService taskService;

  public ApplicationTracking(ApplicationRecords records, TaskService taskService) {
    this.records = records;
    this.taskService = taskService;
  }

  public ApplicationStatus status(String applicationNumber, String applicantIdNumber) {
    Optional<IdentityNumber> applicant = IdentityNumber.parse(applicantIdNumber);
    ApplicationRecord record = records.find(applicationNumber)
        .filter(found -> applicant.isPresent() && found.applicantIdNumber().equals(applicant.get().value()))
        .orElseThrow(() -> new NotFoundException("没有找到该申请编号和身份证号码对应的申请",
            "No application matches this number and identity number"));
    Task current = taskService.createTaskQuery().processInstanceBusinessKey(applicationNumber).active()
        .listPage(0, 1).stream().findFirst().orElse(null);
    Optional<Bureau> bureau = Optional.ofNullable(current).flatMap(task -> taskService.getIdentityLinksForTask(task.getId())
        .stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .findFirst()).flatMap(link -> BureauDirectory.byGroupId(link.getGroupId()));
    return new ApplicationStatus(record.applicationNumber(), record.caseType(), record.status().name(),
        applicant.get().masked(), record.receivedAt(), current == null ? null : current.getName(),
        bureau.map(Bureau::nameZh).orElse(null), bureau.map(Bureau::nameEn).orElse(null), record.decidedAt(),
        record.outcomeReasonZh(), record.outcomeReasonEn());
  }
}
