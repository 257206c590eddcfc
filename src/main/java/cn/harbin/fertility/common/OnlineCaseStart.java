package cn.harbin.fertility.common;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts a case for an application just recorded online, by the process's start message {@code <process key>-online},
 * and lets no other start through: the message is public in the engine, the application record is ours.
 */
@Service
public class OnlineCaseStart {

  private final ApplicationRecords records;
  private final RuntimeService runtimeService;

  public OnlineCaseStart(ApplicationRecords records, RuntimeService runtimeService) {
    this.records = records;
    this.runtimeService = runtimeService;
  }

  public void start(String processKey, String applicationNumber, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(processKey + "-online").processInstanceBusinessKey(applicationNumber)
        .setVariables(variables).correlateStartMessage();
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
