package cn.harbin.fertility.marriagebirth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyApplication;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.population.PopulationRecord;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.TestIdentityNumbers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of {@code processes/marriage-birth-one-stop.bpmn}. */
@ApplicationOnH2
class MarriageBirthProcessTest {

  private static final List<String> ALL = List.of("HEALTH_EDUCATION", "PREMARITAL_CHECK", "PRE_PREGNANCY_CHECK",
      "BIRTH_REGISTRATION");

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired MarriageBirthIntake intake;
  @Autowired ApplicationRecords records;
  @Autowired Notifications notifications;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired ChildcareSubsidyIntake childcare;
  @Autowired JdbcClient jdbc;

  private String man;
  private String woman;

  @BeforeEach
  void couple() {
    BpmnAwareTests.init(processEngine);
    man = TestIdentityNumbers.of("230102", LocalDate.of(1995, 5, 5), true);
    woman = TestIdentityNumbers.of("230103", LocalDate.of(1997, 7, 7), false);
  }

  private MarriageBirthApplication application(boolean married, List<String> services, String womanId, String womanDivision) {
    return new MarriageBirthApplication(List.of(
        new MarriageBirthApplication.Partner("张伟", man, "13800450001", "230102", null),
        new MarriageBirthApplication.Partner("李娜", womanId, "13800450002", womanDivision,
            womanDivision == null ? "山东省" : null)),
        married, married ? "J230102-2024-000123" : null, services, 1);
  }

  private ProcessInstance submit(MarriageBirthApplication application) {
    String number = intake.submitOnline(application).applicationNumber();
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private String group(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId();
  }

  private void register(ProcessInstance instance) {
    assertThat(instance).isWaitingAt("Task_RegisterMarriage");
    Task registration = task(instance, "Task_RegisterMarriage");
    assertThat(group(registration)).isEqualTo("civil-affairs");
    taskService.complete(registration.getId(), Map.of("registrationDecision", "registered",
        "marriageCertificateNumber", "J230102-2026-000456"));
  }

  @Test
  void registeredCoupleGetsEveryChosenServiceInParallelAndOneNotice() {
    ProcessInstance instance = submit(application(false, ALL, woman, "230103"));
    register(instance);

    assertThat(instance).isWaitingAt("Task_HealthEducation", "Task_BookPremaritalCheck", "Task_BookPrePregnancyCheck",
        "Task_IssueBirthRegistration");
    assertThat(group(task(instance, "Task_HealthEducation"))).isEqualTo("district-health-230102");
    assertThat(group(task(instance, "Task_BookPremaritalCheck"))).isEqualTo("mch-hospital");
    assertThat(group(task(instance, "Task_IssueBirthRegistration"))).isEqualTo("district-health-230102");
    String appointment = LocalDate.now().plusDays(3).toString();
    taskService.complete(task(instance, "Task_HealthEducation").getId(), Map.of("healthEducationSession", "12月1日 道里区妇幼保健院"));
    taskService.complete(task(instance, "Task_BookPremaritalCheck").getId(), Map.of("premaritalAppointment", appointment));
    taskService.complete(task(instance, "Task_BookPrePregnancyCheck").getId(), Map.of("prePregnancyAppointment", appointment));
    taskService.complete(task(instance, "Task_RecordPremaritalAttendance").getId(), Map.of("premaritalAttended", "yes"));
    taskService.complete(task(instance, "Task_RecordPrePregnancyAttendance").getId(), Map.of("prePregnancyAttended", "no"));
    taskService.complete(task(instance, "Task_IssueBirthRegistration").getId(), Map.of("birthRegistrationVerified", true));

    assertThat(instance).isEnded().hasPassed("Task_SendCompletionNotice", "EndEvent_Completed");
    ApplicationRecord record = records.find(instance.getBusinessKey()).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationRecord.Status.GRANTED);
    assertThat(record.outcomeReasonZh()).contains("J230102-2026-000456", "婚育健康教育", "婚前医学检查", "已参加",
        "孕前优生健康检查", "未参加", "生育登记：登记号 SY-", "新生儿出生一件事");
    assertThat(notifications.of(instance.getBusinessKey())).hasSize(2);
  }

  @Test
  void civilAffairsTakesACoupleAtTheCounter() {
    Map<String, Object> form = new HashMap<>(Map.of("partner1Name", "张伟", "partner1IdNumber", man,
        "partner1Phone", "13800450001", "partner1DivisionCode", "230102", "partner2Name", "李娜",
        "partner2IdNumber", woman, "partner2Phone", "13800450002", "partner2DivisionCode", "230103"));
    form.putAll(Map.of("healthEducation", true, "birthRegistration", true, "plannedChildOrder", 1L));

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("marriage-birth-one-stop", form);

    String number = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
    assertThat(number).matches("HY-\\d{4}-\\d{6}");
    assertThat(records.find(number).orElseThrow().channel()).isEqualTo(ApplicationRecord.Channel.COUNTER);
    assertThat(instance).isWaitingAt("Task_RegisterMarriage");
  }

  @Test
  void noServiceChosenEndsAfterTheRegistration() {
    ProcessInstance instance = submit(application(false, List.of(), woman, "230103"));
    register(instance);

    assertThat(instance).isEnded().hasPassed("EndEvent_Completed").hasNotPassed("Gateway_ServicesFork");
  }

  @Test
  void oneServiceOnlyReachesOnlyItsBureau() {
    ProcessInstance instance = submit(application(false, List.of("HEALTH_EDUCATION"), woman, "230103"));
    register(instance);

    assertThat(instance).isWaitingAt("Task_HealthEducation");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  @Test
  void theRegistrarRefuses() {
    ProcessInstance instance = submit(application(false, ALL, woman, "230103"));
    taskService.complete(task(instance, "Task_RegisterMarriage").getId(), Map.of("registrationDecision", "refused",
        "rejectionReasonZh", "一方已有配偶"));

    assertThat(instance).isEnded().hasPassed("EndEvent_RegistrationRefused");
    assertThat(records.find(instance.getBusinessKey()).orElseThrow().outcomeReasonZh()).isEqualTo("一方已有配偶");
  }

  @Test
  void anAlreadyMarriedCoupleSkipsTheRegistration() {
    ProcessInstance instance = submit(application(true, List.of("BIRTH_REGISTRATION"), woman, "230103"));

    assertThat(instance).isWaitingAt("Task_IssueBirthRegistration").hasNotPassed("Task_RegisterMarriage");
  }

  /** §3.1.3: a woman born in Shandong whose household is now registered in 南岗区 is no cross-province case. */
  @Test
  void theDeclaredHouseholdRegistrationNotTheIdentityNumberDecidesCrossProvince() {
    String bornInShandong = TestIdentityNumbers.of("370102", LocalDate.of(1997, 8, 8), false);
    ProcessInstance instance = submit(application(true, List.of("BIRTH_REGISTRATION"), bornInShandong, "230103"));
    assertThat(runtimeService.getVariable(instance.getId(), "crossProvince")).isEqualTo(false);
  }

  /** §3.1.3: a partner who declared no Harbin division but whom the population registry holds in 道外区. */
  @Test
  void thePopulationRegistrysHouseholdRegistrationCountsWhenNoneWasDeclared() {
    String inDaowai = TestIdentityNumbers.of("370102", LocalDate.of(1997, 9, 9), false);
    registry.saveAll(List.of(new PopulationRecord(inDaowai, "李娜", "230104", null, null, null,
        LocalDate.of(1997, 9, 9), "TEST")));
    ProcessInstance instance = submit(application(true, List.of("BIRTH_REGISTRATION"), inDaowai, null));
    assertThat(runtimeService.getVariable(instance.getId(), "crossProvince")).isEqualTo(false);
  }

  @Test
  void aPartnerFromAnotherProvinceIsServedAndTheBirthRegistrationIsMarkedCrossProvince() {
    String fromShandong = TestIdentityNumbers.of("370102", LocalDate.of(1997, 7, 7), false);
    ProcessInstance instance = submit(application(true, List.of("BIRTH_REGISTRATION"), fromShandong, null));
    assertThat(runtimeService.getVariable(instance.getId(), "crossProvince")).isEqualTo(true);

    taskService.complete(task(instance, "Task_IssueBirthRegistration").getId(), Map.of("birthRegistrationVerified", true));

    assertThat(jdbc.sql("SELECT cross_province FROM birth_registration WHERE application_number = :n")
        .param("n", instance.getBusinessKey()).query(Boolean.class).single()).isTrue();
    assertThat(records.find(instance.getBusinessKey()).orElseThrow().outcomeReasonZh()).contains("跨省通办");
  }

  @Test
  void aMissedAppointmentRemindsTheHospitalAndTheCouple() {
    ProcessInstance instance = submit(application(true, List.of("PREMARITAL_CHECK"), woman, "230103"));
    taskService.complete(task(instance, "Task_BookPremaritalCheck").getId(),
        Map.of("premaritalAppointment", LocalDate.now().plusDays(1).toString()));
    assertThat(instance).isWaitingAt("Task_RecordPremaritalAttendance");

    execute(job("Timer_PremaritalAppointmentPassed"));

    assertThat(instance).isWaitingAt("Task_RecordPremaritalAttendance").hasPassed("Task_RemindPremarital");
    assertThat(jdbc.sql("SELECT group_id FROM escalation WHERE business_key = :k").param("k", instance.getBusinessKey())
        .query(String.class).single()).isEqualTo("mch-hospital");
    assertThat(notifications.of(instance.getBusinessKey())).anySatisfy(message ->
        assertThat(message.messageZh()).contains("婚前医学检查日期已过"));
  }

  @Test
  void theCoupleWithdraws() {
    ProcessInstance instance = submit(application(false, ALL, woman, "230103"));

    runtimeService.createMessageCorrelation("marriage-birth-one-stop-withdrawn")
        .processInstanceBusinessKey(instance.getBusinessKey()).correlate();

    assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
  }

  @Test
  void theirBirthRegistrationIsRecognisedByTheChildcareSubsidy() {
    ProcessInstance instance = submit(new MarriageBirthApplication(List.of(
        new MarriageBirthApplication.Partner("张伟", man, "13800450001", "230102", null),
        new MarriageBirthApplication.Partner("李娜", woman, "13800450002", "230102", null)),
        true, "J230102-2020-000001", List.of("BIRTH_REGISTRATION"), 2));
    taskService.complete(task(instance, "Task_IssueBirthRegistration").getId(), Map.of("birthRegistrationVerified", true));
    registry.saveAll(List.of(
        new PopulationRecord(man, "张伟", "230102", null, null, null, LocalDate.of(1995, 5, 5), "TEST"),
        new PopulationRecord(woman, "李娜", "230102", null, null, null, LocalDate.of(1997, 7, 7), "TEST")));
    LocalDate born = LocalDate.of(2026, 10, 1);
    String child = TestIdentityNumbers.of("230102", born);

    String number = childcare.submitOnline(new ChildcareSubsidyApplication("李娜", woman, "13800450002", "MOTHER",
        "230102", "张小宝", child, born, 2, "张伟", man, "中国银行", "6217001234567899")).applicationNumber();

    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
        .as("no record of the child yet, but the couple's birth registration for a 2nd child").isEqualTo("Task_DistrictReview");
  }
}
