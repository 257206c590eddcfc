package cn.harbin.fertility.nursery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.common.UnifiedSocialCreditCode;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The paths of {@code processes/nursery-recognition.bpmn}, started at a district health counter. */
@ApplicationOnH2
class NurseryRecognitionProcessTest {

  private static final LocalDate TODAY = LocalDate.now(TimeConfiguration.HARBIN);

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired Nurseries nurseries;
  @Autowired ApplicationRecords records;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void engine() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void signOut() {
    identityService.clearAuthentication();
  }

  static String newCreditCode(String division) {
    return UnifiedSocialCreditCode.of("52" + division + "MJ" + String.format("%07d",
        ThreadLocalRandom.current().nextInt(10_000_000))).value();
  }

  static NurseryFiling filing(String creditCode, String division) {
    return new NurseryFiling("小太阳托育中心", creditCode, division, "TY" + creditCode.substring(10), TODAY.minusMonths(2),
        "周红", IdentityNumber.of(division, LocalDate.of(1985, 4, 4), ThreadLocalRandom.current().nextInt(1, 999))
            .value(), "13800459" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)), "哈尔滨银行道里支行",
        "6230912345678901");
  }

  private ProcessInstance file(NurseryFiling filing) {
    identityService.setAuthentication("daolihealth", List.of("district-health-230102"));
    try {
      return runtimeService.startProcessInstanceByKey("nursery-recognition", filing.toVariables());
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @Test
  void aRecognisedNurseryIsReviewedYearlyUntilItsRecognitionIsWithdrawn() {
    String code = newCreditCode("230102");
    ProcessInstance instance = file(filing(code, "230102"));
    assertThat(instance).isWaitingAt("Task_RecognitionReview");
    assertThat(task(instance)).hasCandidateGroup("district-health-230102");
    assertThat(instance.getBusinessKey()).startsWith("TJ-");
    assertThat(nurseries.find(code)).hasValueSatisfying(nursery ->
        assertThat(nursery.status()).isEqualTo(Nurseries.Status.FILED));

    LocalDate from = TODAY.minusMonths(1).withDayOfMonth(1);
    taskService.complete(task(instance).getId(), Map.of("recognitionDecision", "RECOGNISED",
        "recognisedFrom", from.toString()));
    assertThat(instance).isWaitingAt("Task_AnnualReview");
    assertThat(task(instance).getDueDate().toInstant().atZone(TimeConfiguration.HARBIN).toLocalDate())
        .isEqualTo(from.plusYears(1));
    assertThat(nurseries.find(code).orElseThrow().recognisedFrom()).isEqualTo(from);
    assertThat(records.find(instance.getBusinessKey()).orElseThrow().status())
        .isEqualTo(ApplicationRecord.Status.GRANTED);

    taskService.complete(task(instance).getId(), Map.of("annualDecision", "KEEP"));
    assertThat(instance).isWaitingAt("Task_AnnualReview");
    assertThat(task(instance).getDueDate().toInstant().atZone(TimeConfiguration.HARBIN).toLocalDate())
        .isEqualTo(from.plusYears(2));

    LocalDate withdrawn = TODAY.withDayOfMonth(16);
    taskService.complete(task(instance).getId(), Map.of("annualDecision", "WITHDRAW",
        "withdrawnFrom", withdrawn.toString(), "withdrawalNote", "收费超过普惠标准"));
    assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
    Nurseries.Nursery nursery = nurseries.find(code).orElseThrow();
    assertThat(nursery.status()).isEqualTo(Nurseries.Status.WITHDRAWN);
    assertThat(nursery.recognisedTo()).isEqualTo(withdrawn.minusDays(1));
    ApplicationRecord record = records.find(instance.getBusinessKey()).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationRecord.Status.CLOSED);
    assertThat(record.outcomeReasonZh()).contains("自" + withdrawn + "起撤销", "收费超过普惠标准");

    ProcessInstance again = file(filing(code, "230102"));
    assertThat(again).as("a withdrawn nursery may file again").isWaitingAt("Task_RecognitionReview");
    assertThat(nurseries.find(code).orElseThrow().status()).isEqualTo(Nurseries.Status.FILED);
  }

  @Test
  void aRefusalGivesItsReasonAndFreesTheNurseryToFileAgain() {
    String code = newCreditCode("230102");
    ProcessInstance instance = file(filing(code, "230102"));
    taskService.complete(task(instance).getId(), Map.of("recognitionDecision", "REFUSED",
        "recognitionNote", "收费标准高于普惠托育指导价"));
    assertThat(instance).isEnded().hasPassed("EndEvent_Refused");
    assertThat(nurseries.find(code).orElseThrow().status()).isEqualTo(Nurseries.Status.REFUSED);
    assertThat(records.find(instance.getBusinessKey()).orElseThrow().outcomeReasonZh())
        .contains("收费标准高于普惠托育指导价");
    assertThat(file(filing(code, "230102"))).isWaitingAt("Task_RecognitionReview");
  }

  @Test
  void aRecognitionCannotStartBeforeTheFilingNorWithoutADay() {
    ProcessInstance instance = file(filing(newCreditCode("230102"), "230102"));
    String review = task(instance).getId();
    assertThatThrownBy(() -> taskService.complete(review, Map.of("recognitionDecision", "RECOGNISED",
        "recognisedFrom", TODAY.minusYears(1).toString()))).hasMessageContaining("不能早于备案日期");
    assertThatThrownBy(() -> taskService.complete(review, Map.of("recognitionDecision", "RECOGNISED")))
        .hasMessageContaining("请填写认定生效日期");
    assertThat(instance).isWaitingAt("Task_RecognitionReview");
  }

  @Test
  void aBadOrSecondFilingOrAnotherDivisionsNurseryStartsNothing() {
    long cases = jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    String code = newCreditCode("230102");
    String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    assertThatThrownBy(() -> file(filing(wrongCheck, "230102"))).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("统一社会信用代码不正确");
    identityService.setAuthentication("nanganghealth", List.of("district-health-230103"));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("nursery-recognition",
        filing(code, "230102").toVariables())).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("只受理本区县（市）");
    identityService.clearAuthentication();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single()).isEqualTo(cases);
    assertThat(nurseries.find(code)).isEmpty();

    file(filing(code, "230102"));
    assertThatThrownBy(() -> file(filing(code, "230102"))).isInstanceOf(ConflictException.class);
  }
}
