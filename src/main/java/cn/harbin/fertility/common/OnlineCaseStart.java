package cn.harbin.fertility.common;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts a case for an application just recorded online, by the process's start message {@code <process key>-online},
 * and lets no other start through: the message is public in the engine, the application record is ours.
 */
@Service
public class OnlineCaseStart {

  private final CaseIntake intake;
  private final ApplicationRecords records;
  private final RuntimeService runtimeService;

  public OnlineCaseStart(CaseIntake intake, ApplicationRecords records, RuntimeService runtimeService) {
    this.intake = intake;
    this.records = records;
    this.runtimeService = runtimeService;
  }

  /**
   * Answers a resubmission with its earlier number; otherwise records the application, lets the case type record
   * its own data, and starts the case. Call it inside the caller's transaction: a refused start leaves no record.
   *
   * @param recordCase the case type's own records for the new number; returns the variables the case routes on
   */
  public CaseIntake.Submission submit(CaseIntake.NewCase newCase, Supplier<ConflictException> duplicateClaim,
      Function<String, Map<String, Object>> recordCase) {
    Optional<String> earlier = intake.earlierSubmission(newCase, duplicateClaim);
    if (earlier.isPresent()) {
      return new CaseIntake.Submission(earlier.get(), false);
    }
    String number = intake.register(newCase, ApplicationRecord.Channel.ONLINE, duplicateClaim);
    runtimeService.createMessageCorrelation(newCase.caseType() + "-online").processInstanceBusinessKey(number)
        .setVariables(recordCase.apply(number)).correlateStartMessage();
    return new CaseIntake.Submission(number, true);
  }

  /** The case's first step: refuses a start for anything but an online application of this type waiting for its case. */
  public void confirm(String processKey, String applicationNumber) {
    boolean recordedOnline = applicationNumber != null && records.find(applicationNumber)
        .filter(record -> record.caseType().equals(processKey))
        .filter(record -> record.channel() == ApplicationRecord.Channel.ONLINE)
        .filter(record -> record.status() == ApplicationRecord.Status.RECEIVED)
        .isPresent();
    boolean anotherCase = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(applicationNumber).count() > 0;
    if (!recordedOnline || anotherCase) {
      throw new ConflictException("没有待受理的网上申请 " + applicationNumber,
          "There is no online application " + applicationNumber + " waiting for its case");
    }
  }
}
