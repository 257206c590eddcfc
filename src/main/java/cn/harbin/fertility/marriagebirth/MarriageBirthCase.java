package cn.harbin.fertility.marriagebirth;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.population.BirthRegistrations;
import cn.harbin.fertility.supervision.CaseEscalations;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a one-stop case that the BPMN calls as expressions ({@code ${marriageBirthCase.…(execution)}}): the
 * marriage of record, the birth registration issued (§3.1.2), reminders for appointments left unrecorded, and the one
 * combined notice.
 */
@Service("marriageBirthCase")
public class MarriageBirthCase {

  private final MarriageBirthClaims claims;
  private final BirthRegistrations birthRegistrations;
  private final Notifications notifications;
  private final CaseEscalations escalations;

  public MarriageBirthCase(MarriageBirthClaims claims, BirthRegistrations birthRegistrations,
      Notifications notifications, CaseEscalations escalations) {
    this.claims = claims;
    this.birthRegistrations = birthRegistrations;
    this.notifications = notifications;
    this.escalations = escalations;
  }

  /** The registrar registered the marriage: its certificate number goes on record. */
  public void recordMarriage(DelegateExecution execution) {
    Object certificate = execution.getVariable("marriageCertificateNumber");
    if (certificate == null || certificate.toString().isBlank()) {
      throw new InvalidRequestException(List.of(new FieldError("marriageCertificateNumber", "请填写结婚证字号",
          "Give the marriage certificate number")));
    }
    claims.recordMarriage(number(execution), certificate.toString().strip());
  }

  /** 生育登记 at the health bureau of a partner's Harbin division; cross-province couples included (§3.1.3). */
  @Transactional
  public void issueBirthRegistration(DelegateExecution execution) {
    String number = number(execution);
    List<MarriageBirthClaims.Partner> partners = claims.partners(number);
    String mother = partners.stream().filter(partner -> !partner.male()).findFirst().orElseThrow().idNumber();
    String father = partners.stream().filter(MarriageBirthClaims.Partner::male).findFirst().orElseThrow().idNumber();
    execution.setVariable("birthRegistrationNumber", birthRegistrations.issue(number, mother, father,
        claims.plannedChildOrder(number), (String) execution.getVariable("serviceDivision"), claims.crossProvince(number)));
  }

  /** When an appointment's day has passed: the day after, at midnight (ISO 8601, for the reminder timer). */
  public String dayAfter(Object appointment) {
    try {
      return LocalDate.parse(String.valueOf(appointment).substring(0, 10)).plusDays(1) + "T00:00:00";
    } catch (DateTimeParseException | StringIndexOutOfBoundsException unreadable) {
      throw new InvalidRequestException(List.of(new FieldError("appointment", "预约日期应写作 2026-12-01",
          "The appointment date must be written as 2026-12-01")));
    }
  }

  /** An appointment passed with no attendance recorded: the hospital is escalated, the couple reminded. */
  public void remindAppointment(DelegateExecution execution, String attendanceTask, String checkZh, String checkEn) {
    escalations.record(execution, attendanceTask);
    notifications.send(number(execution), "您预约的" + checkZh + "日期已过，如未参加请与妇幼保健院联系改约。",
        "The date of your " + checkEn + " has passed; contact the hospital to rebook if you missed it.");
  }

  /** One notice for everything the couple asked for. */
  public void completionNotice(DelegateExecution execution) {
    List<String> outcomes = new ArrayList<>();
    if (!Boolean.TRUE.equals(execution.getVariable("alreadyMarried"))) {
      outcomes.add("结婚登记：结婚证字号 " + execution.getVariable("marriageCertificateNumber"));
    }
    if (Boolean.TRUE.equals(execution.getVariable("healthEducation"))) {
      outcomes.add("婚育健康教育：已参加（" + execution.getVariable("healthEducationSession") + "）");
    }
    for (String[] check : new String[][] {{"premaritalCheck", "premarital", "婚前医学检查"},
        {"prePregnancyCheck", "prePregnancy", "孕前优生健康检查"}}) {
      if (Boolean.TRUE.equals(execution.getVariable(check[0]))) {
        outcomes.add(check[2] + "：" + execution.getVariable(check[1] + "Appointment") + " "
            + ("yes".equals(execution.getVariable(check[1] + "Attended")) ? "已参加" : "未参加"));
      }
    }
    if (Boolean.TRUE.equals(execution.getVariable("birthRegistration"))) {
      outcomes.add("生育登记：登记号 " + execution.getVariable("birthRegistrationNumber")
          + (Boolean.TRUE.equals(execution.getVariable("crossProvince")) ? "（跨省通办）" : "")
          + "。孩子出生后，可在群众服务门户一次申请“新生儿出生一件事”（育儿补贴、新生儿医保等各项待遇）");
    }
    execution.setVariable("entitlementSummary", outcomes.isEmpty() ? "婚育一站式服务已办结" : String.join("；", outcomes));
  }

  private static String number(DelegateExecution execution) {
    return (String) execution.getVariable("applicationNumber");
  }
}
