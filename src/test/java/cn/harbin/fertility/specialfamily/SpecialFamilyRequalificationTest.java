package cn.harbin.fertility.specialfamily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.payments.Disbursements;
import cn.harbin.fertility.support.ApplicationOnH2;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The yearly requalification: unchanged, changed, a death, no confirmation. */
@ApplicationOnH2
class SpecialFamilyRequalificationTest {

  @Autowired SpecialFamilyIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired Disbursements disbursements;
  @Autowired JdbcClient jdbc;
  @Autowired SpecialFamilyClaims claims;

  private SpecialFamilyApplication family;
  private String number;
  private Task confirmation;

  /** A bereaved family granted through its case, then this year's requalification opened. */
  @BeforeEach
  void grantedFamilyUpForRequalification() {
    grantedUpForRequalification(TestSpecialFamily.bereaved("230102", List.of()));
    assertThat(taskService.getIdentityLinksForTask(confirmation.getId()).get(0).getGroupId()).isEqualTo("street-230102");
  }

  private void grantedUpForRequalification(SpecialFamilyApplication application) {
    family = application;
    number = intake.submitOnline(family).applicationNumber();
    complete("Task_StreetReview", Map.of("streetDecision", "approve"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId()).timers()
        .singleResult().getId());
    complete("Task_DistrictApproval", Map.of("districtDecision", "approve"));

    String year = runtimeService.startProcessInstanceByKey("special-family-requalification").getId();
    confirmation = taskService.createTaskQuery().processInstanceId(year).list().stream()
        .filter(task -> number.equals(taskService.getVariable(task.getId(), "applicationNumber"))).findFirst()
        .orElseThrow();
  }

  private String instanceId() {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey)
        .singleResult().getId(), variables);
  }

  private List<String> entitlements() {
    return jdbc.sql("""
            SELECT scheme || ':' || beneficiary_id_number || ':' || status || ':' || COALESCE(last_period, '-') || ':'
              || COALESCE(CAST(amount AS VARCHAR), '-')
            FROM entitlement WHERE application_number = :n ORDER BY id""")
        .param("n", number).query(String.class).list();
  }

  private String mother() {
    return family.parents().get(0).idNumber();
  }

  private String father() {
    return family.parents().get(1).idNumber();
  }

  @Test
  void theStreetOfficeTellsTheFamiliesApartInItsList() {
    assertThat(confirmation.getName()).isEqualTo("乡镇（街道）年度确认家庭情况 · " + number + " " + family.applicantName());
    assertThat(confirmation.getDescription()).contains("申请编号 " + number, "道里区");
  }

  @Test
  void anUnchangedFamilyGoesOnAsItWas() {
    List<String> before = entitlements();

    taskService.complete(confirmation.getId(), Map.of("situation", "UNCHANGED"));

    assertThat(entitlements()).isEqualTo(before).hasSize(5);
  }

  /**
   * The rules apply at every yearly confirmation, the situation unchanged or not: the mother, 59 when the family was
   * granted, is 60 on the first of next month, and her 奖励扶助 starts then.
   */
  @Test
  void anUnchangedFamilyGetsWhatItsParentsAgeNowGivesIt() {
    LocalDate sixtiethBirthday = YearMonth.now(TimeConfiguration.HARBIN).plusMonths(1).atDay(1);
    grantedUpForRequalification(TestSpecialFamily.bereaved("230103", List.of(), sixtiethBirthday.minusYears(60)));
    assertThat(entitlements()).filteredOn(row -> row.startsWith("reward-assistance")).as("the father's only")
        .containsExactly("reward-assistance:" + father() + ":LIVE:-:600.00");

    taskService.complete(confirmation.getId(), Map.of("situation", "UNCHANGED"));

    assertThat(entitlements()).filteredOn(row -> row.startsWith("reward-assistance"))
        .containsExactly("reward-assistance:" + father() + ":LIVE:-:600.00",
            "reward-assistance:" + mother() + ":LIVE:-:600.00");
    assertThat(jdbc.sql("SELECT first_period FROM entitlement WHERE application_number = :n AND scheme = "
            + "'reward-assistance' AND beneficiary_id_number = :mother").param("n", number).param("mother", mother())
        .query(String.class).single()).isEqualTo(YearMonth.from(sixtiethBirthday).toString());
  }

  /** The case was received and decided months ago, as the grant then recorded it. */
  private void receivedAndDecidedMonthsAgo(int received, int decided) {
    YearMonth thisMonth = YearMonth.now(TimeConfiguration.HARBIN);
    jdbc.sql("UPDATE application SET received_at = :received, decided_at = :decided WHERE application_number = :n")
        .param("received", Timestamp.valueOf(thisMonth.minusMonths(received).atDay(10).atTime(10, 0)))
        .param("decided", Timestamp.valueOf(thisMonth.minusMonths(decided).atDay(10).atTime(10, 0)))
        .param("n", number).update();
  }

  /** The mother, 59 at the grant (the family as {@link TestSpecialFamily#bereaved} makes it), is 60 since then. */
  private void motherTurnedSixtyMonthsAgo(int months) {
    jdbc.sql("UPDATE special_family_member SET birth_date = :born WHERE application_number = :n AND id_number = :id")
        .param("born", Date.valueOf(YearMonth.now(TimeConfiguration.HARBIN).minusMonths(months).atDay(1).minusYears(60)))
        .param("n", number).param("id", mother()).update();
  }

  private String firstPeriod(String scheme, String beneficiary) {
    return jdbc.sql("""
            SELECT first_period FROM entitlement
            WHERE application_number = :n AND scheme = :scheme AND beneficiary_id_number = :id""")
        .param("n", number).param("scheme", scheme).param("id", beneficiary).query(String.class).single();
  }

  private void grantedWhileTheMotherWasFiftyNine() {
    grantedUpForRequalification(TestSpecialFamily.bereaved("230104", List.of(),
        YearMonth.now(TimeConfiguration.HARBIN).plusMonths(1).atDay(1).minusYears(60)));
  }

  /**
   * The mother was 59 when the family was granted six months ago and turned 60 three months ago: confirmed unchanged,
   * her 奖励扶助 is owed from the month she reached 60, not from the confirmation's.
   */
  @Test
  void aParentWhoReachedTheAgeSinceTheGrantIsOwedFromThatMonth() {
    grantedWhileTheMotherWasFiftyNine();
    receivedAndDecidedMonthsAgo(6, 6);
    motherTurnedSixtyMonthsAgo(3);

    taskService.complete(confirmation.getId(), Map.of("situation", "UNCHANGED"));

    YearMonth thisMonth = YearMonth.now(TimeConfiguration.HARBIN);
    assertThat(firstPeriod("reward-assistance", mother())).isEqualTo(thisMonth.minusMonths(3).toString());
    assertThat(claims.declared(number).lastConfirmed()).as("what the next confirmation looks back to")
        .isEqualTo(thisMonth.plusMonths(1).atDay(1));
  }

  /** She turned 60 after the application was received but before it was decided: owed from the grant, not before. */
  @Test
  void aParentWhoReachedTheAgeWhileTheCaseWasOpenIsOwedFromTheGrant() {
    grantedWhileTheMotherWasFiftyNine();
    receivedAndDecidedMonthsAgo(8, 6);
    motherTurnedSixtyMonthsAgo(7);

    taskService.complete(confirmation.getId(), Map.of("situation", "UNCHANGED"));

    assertThat(firstPeriod("reward-assistance", mother()))
        .isEqualTo(YearMonth.now(TimeConfiguration.HARBIN).minusMonths(6).toString());
  }

  /**
   * She turned 60 three months ago and is reported partly disabled now: 奖励扶助, which her age alone gives her, from
   * the month she reached 60; the nursing subsidy, which needs the disability nobody knows the start of, from next month.
   */
  @Test
  void aChangeReportedNowIsOwedFromTheNextMonthWhatHerAgeGaveHerBefore() {
    grantedWhileTheMotherWasFiftyNine();
    receivedAndDecidedMonthsAgo(6, 6);
    motherTurnedSixtyMonthsAgo(3);

    taskService.complete(confirmation.getId(), Map.of("situation", "CHANGED", "parentIdNumber", mother(),
        "dependency", "PARTIAL"));

    YearMonth thisMonth = YearMonth.now(TimeConfiguration.HARBIN);
    assertThat(firstPeriod("reward-assistance", mother())).isEqualTo(thisMonth.minusMonths(3).toString());
    assertThat(firstPeriod("nursing-subsidy", mother())).isEqualTo(thisMonth.plusMonths(1).toString());
  }

  /** The mother, 60 for years, is reported partly disabled: since when nobody knows, so not before next month. */
  @Test
  void aReportedChangeIsOwedFromTheNextMonthThoughTheFamilyWasGrantedMonthsAgo() {
    receivedAndDecidedMonthsAgo(6, 6);

    taskService.complete(confirmation.getId(), Map.of("situation", "CHANGED", "parentIdNumber", mother(),
        "dependency", "PARTIAL"));

    assertThat(firstPeriod("nursing-subsidy", mother()))
        .isEqualTo(YearMonth.now(TimeConfiguration.HARBIN).plusMonths(1).toString());
  }

  /** A year after the father's death is recorded, the family confirmed unchanged: nothing is granted to him again. */
  @Test
  void aParentWhoDiedIsNotGrantedAgainAtTheNextConfirmation() {
    taskService.complete(confirmation.getId(), Map.of("situation", "DEATH", "parentIdNumber", father(),
        "dateOfDeath", LocalDate.now(TimeConfiguration.HARBIN).withDayOfMonth(1).toString()));
    List<String> afterTheDeath = entitlements();

    String nextYear = runtimeService.startProcessInstanceByKey("special-family-requalification").getId();
    Task next = taskService.createTaskQuery().processInstanceId(nextYear).list().stream()
        .filter(task -> number.equals(taskService.getVariable(task.getId(), "applicationNumber"))).findFirst()
        .orElseThrow();
    taskService.complete(next.getId(), Map.of("situation", "UNCHANGED"));

    assertThat(entitlements()).isEqualTo(afterTheDeath);
  }

  @Test
  void aChangeAppliesFromTheNextMonth() {
    taskService.complete(confirmation.getId(), Map.of("situation", "CHANGED", "household", "RURAL"));

    String thisMonth = YearMonth.now(TimeConfiguration.HARBIN).toString();
    assertThat(entitlements()).as("urban up to this month, rural from the next").filteredOn(row -> row.startsWith("special-assistance"))
        .containsExactly("special-assistance:" + mother() + ":LIVE:" + thisMonth + ":340.00",
            "special-assistance:" + father() + ":LIVE:" + thisMonth + ":340.00",
            "special-assistance:" + mother() + ":LIVE:-:170.00",
            "special-assistance:" + father() + ":LIVE:-:170.00");
  }

  @Test
  void aDeathEndsThatParentsEntitlementsWithTheMonthAndTheOtherParentsGoOn() {
    LocalDate died = LocalDate.now(TimeConfiguration.HARBIN).withDayOfMonth(1);

    taskService.complete(confirmation.getId(), Map.of("situation", "DEATH", "parentIdNumber", father(),
        "dateOfDeath", died.toString()));

    String month = YearMonth.from(died).toString();
    assertThat(entitlements()).filteredOn(row -> row.contains(father())).allSatisfy(row ->
        assertThat(row).contains(":" + month + ":"));
    assertThat(entitlements()).filteredOn(row -> row.contains(mother())).allSatisfy(row -> assertThat(row).contains(":-:"));
  }

  /** No run has made this month's period yet: the month of the death is owed all the same, at its amount. */
  @Test
  void monthsNotYetMadeAreOwedAtTheirAmountUpToADeathOrAChange() {
    YearMonth month = YearMonth.now(TimeConfiguration.HARBIN);
    taskService.complete(confirmation.getId(), Map.of("situation", "DEATH", "parentIdNumber", father(),
        "dateOfDeath", month.atDay(1).toString()));

    assertThat(disbursements.collect("special-assistance", month).payments())
        .filteredOn(payment -> payment.applicationNumber().equals(number))
        .as("the father's month of death and the mother's month").hasSize(2)
        .allSatisfy(payment -> assertThat(payment.amount()).isEqualTo(new BigDecimal("340.00")));
  }

  /** A family suspended for months has no periods for them: confirmed with a death, every one is owed at its amount. */
  @Test
  void aSuspendedFamilyConfirmedWithADeathIsOwedEveryMonthOfTheSuspension() {
    YearMonth month = YearMonth.now(TimeConfiguration.HARBIN);
    jdbc.sql("UPDATE entitlement SET status = 'SUSPENDED', first_period = :first WHERE application_number = :n")
        .param("first", month.minusMonths(3).toString()).param("n", number).update();

    taskService.complete(confirmation.getId(), Map.of("situation", "DEATH", "parentIdNumber", father(),
        "dateOfDeath", month.minusMonths(1).atDay(10).toString()));

    assertThat(disbursements.collect("special-assistance", month).payments())
        .filteredOn(payment -> payment.applicationNumber().equals(number))
        .extracting(Disbursements.Payment::firstPeriod, Disbursements.Payment::lastPeriod,
            Disbursements.Payment::amount)
        .containsExactlyInAnyOrder(
            tuple(month.minusMonths(3).toString(), month.minusMonths(1).toString(), new BigDecimal("1020.00")),
            tuple(month.minusMonths(3).toString(), month.toString(), new BigDecimal("1360.00")));
  }

  /** A refused run for next month left next month made and unpaid: the new rate still starts with it. */
  @Test
  void aChangeAfterARunMadeNextMonthStartsTheNewRateWithNextMonth() {
    YearMonth next = YearMonth.now(TimeConfiguration.HARBIN).plusMonths(1);
    disbursements.reject(disbursements.collect("special-assistance", next).id(), "finance");

    taskService.complete(confirmation.getId(), Map.of("situation", "CHANGED", "household", "RURAL"));

    assertThat(disbursements.collect("special-assistance", next).payments())
        .filteredOn(payment -> payment.applicationNumber().equals(number))
        .extracting(Disbursements.Payment::firstPeriod, Disbursements.Payment::amount)
        .containsExactlyInAnyOrder(
            tuple(next.minusMonths(1).toString(), new BigDecimal("340.00")),
            tuple(next.minusMonths(1).toString(), new BigDecimal("340.00")),
            tuple(next.toString(), new BigDecimal("170.00")),
            tuple(next.toString(), new BigDecimal("170.00")));
  }

  @Test
  void aChangeLeavesThisMonthAtItsAmountThoughNoRunHasMadeItYet() {
    taskService.complete(confirmation.getId(), Map.of("situation", "CHANGED", "household", "RURAL"));

    assertThat(disbursements.collect("special-assistance", YearMonth.now(TimeConfiguration.HARBIN)).payments())
        .filteredOn(payment -> payment.applicationNumber().equals(number)).hasSize(2)
        .allSatisfy(payment -> assertThat(payment.amount()).isEqualTo(new BigDecimal("340.00")));
  }

  @Test
  void aDeathOfSomebodyOutsideTheFamilyIsRefusedAndTheTaskStays() {
    assertThatThrownBy(() -> taskService.complete(confirmation.getId(), Map.of("situation", "DEATH",
        "parentIdNumber", "11010519491231002X", "dateOfDeath", "2026-01-01")))
        .hasMessageContaining("不是本家庭登记的父母");

    assertThat(taskService.createTaskQuery().taskId(confirmation.getId()).count()).isEqualTo(1);
  }

  @Test
  void anUnconfirmedFamilyIsSuspendedNotSilentlyPaid() {
    Job missed = managementService.createJobQuery().processInstanceId(confirmation.getProcessInstanceId()).timers().list()
        .stream().filter(job -> number.equals(runtimeService.getVariable(job.getExecutionId(), "applicationNumber")))
        .findFirst().orElseThrow();

    managementService.executeJob(missed.getId());

    assertThat(entitlements()).allSatisfy(row -> assertThat(row).contains(":SUSPENDED:"));
    assertThat(disbursements.collect("special-assistance", YearMonth.now(TimeConfiguration.HARBIN)).payments())
        .noneMatch(payment -> payment.applicationNumber().equals(number));
  }

  @Test
  void theSuspensionLiftsWhenTheStreetOfficeConfirmsLater() {
    jdbc.sql("UPDATE entitlement SET status = 'SUSPENDED' WHERE application_number = :n").param("n", number).update();

    taskService.complete(confirmation.getId(), Map.of("situation", "UNCHANGED"));

    assertThat(entitlements()).allSatisfy(row -> assertThat(row).contains(":LIVE:"));
    assertThat(disbursements.collect("special-assistance", YearMonth.now(TimeConfiguration.HARBIN)).payments())
        .filteredOn(payment -> payment.applicationNumber().equals(number))
        .allSatisfy(payment -> assertThat(payment.amount()).isEqualTo(new BigDecimal("340.00")));
  }
}
