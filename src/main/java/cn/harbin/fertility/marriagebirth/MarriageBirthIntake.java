package cn.harbin.fertility.marriagebirth;

import cn.harbin.fertility.bureaus.HarbinDivision;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.common.OnlineCaseStart;
import cn.harbin.fertility.policy.CaseDeadlines;
import cn.harbin.fertility.policy.MarriageBirthRules;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one-stop applications: the couple and their choices go into our tables, and the case starts by message
 * with its number and what it routes on.
 */
@Service("marriageBirthIntake")
public class MarriageBirthIntake {

  public static final String PROCESS_KEY = "marriage-birth-one-stop";
  static final String NUMBER_PREFIX = "HY";

  private final MarriageBirthApplicationValidator validator;
  private final CaseIntake intake;
  private final MarriageBirthClaims claims;
  private final PolicyParameterSource parameters;
  private final Notifications notifications;
  private final OnlineCaseStart onlineStart;
  private final Clock clock;

  public MarriageBirthIntake(MarriageBirthApplicationValidator validator, CaseIntake intake, MarriageBirthClaims claims,
      PolicyParameterSource parameters, Notifications notifications, OnlineCaseStart onlineStart, Clock clock) {
    this.validator = validator;
    this.intake = intake;
    this.claims = claims;
    this.parameters = parameters;
    this.notifications = notifications;
    this.onlineStart = onlineStart;
    this.clock = clock;
  }

  @Transactional
  public CaseIntake.Submission submitOnline(MarriageBirthApplication application) {
    requireValid(application);
    return onlineStart.submit(newCase(application), MarriageBirthIntake::duplicateClaim, number -> record(application, number));
  }

  /**
   * Task_RegisterCounterApplication: a couple civil affairs took at the counter (the start form) is validated and
   * recorded like an online one.
   *
   * @return the variables the case routes on, its number among them
   */
  @Transactional
  public Map<String, Object> registerAtCounter(MarriageBirthApplication application) {
    requireValid(application);
    return record(application,
        intake.register(newCase(application), ApplicationRecord.Channel.COUNTER, MarriageBirthIntake::duplicateClaim));
  }

  private Map<String, Object> record(MarriageBirthApplication application, String number) {
    MarriageBirthRules.Outcome outcome = validator.outcomeOf(application);
    String serviceDivision = outcome.birthRegistrationDivision().orElseThrow();
    boolean crossProvince = outcome.crossProvince();
    claims.insert(number, application, crossProvince, serviceDivision);
    notifications.send(number, "您的婚育一站式服务申请已受理，申请编号 " + number + (crossProvince ? "（跨省通办）" : "") + "。",
        "Your one-stop application has been received as " + number + (crossProvince ? " (cross-province)" : "") + ".");
    Map<String, Object> variables = new HashMap<>(
        CaseDeadlines.from(parameters, MarriageBirthRules.SCHEME, CaseDeadlines.MARRIAGE_BIRTH).on(LocalDate.now(clock)));
    variables.put("applicationNumber", number);
    variables.put("serviceDivision", serviceDivision);
    variables.put("crossProvince", crossProvince);
    variables.put("alreadyMarried", Boolean.TRUE.equals(application.alreadyMarried()));
    variables.put("coupleSummary", describe(application, crossProvince));
    for (MarriageBirthApplication.Service service : MarriageBirthApplication.Service.values()) {
      variables.put(variable(service), application.chose(service));
    }
    return variables;
  }

  private void requireValid(MarriageBirthApplication application) {
    InvalidRequestException.throwIfAny(validator.validate(application));
  }

  private CaseIntake.NewCase newCase(MarriageBirthApplication application) {
    MarriageBirthApplication.Partner applicant = application.partners().get(0);
    return new CaseIntake.NewCase(PROCESS_KEY, NUMBER_PREFIX, List.of(claimKey(application)),
        Map.of("application", application.toString()), applicant.idNumber(), applicant.name(),
        validator.outcomeOf(application).birthRegistrationDivision().orElseThrow());
  }

  /** Task_ConfirmOnlineRegistration: a case starts only for an application recorded online a moment before. */
  public void confirmOnline(String applicationNumber) {
    onlineStart.confirm(PROCESS_KEY, applicationNumber);
  }

  /** The couple as the caseworkers' forms show them. */
  static String describe(MarriageBirthApplication application, boolean crossProvince) {
    StringBuilder text = new StringBuilder();
    for (MarriageBirthApplication.Partner partner : application.partners()) {
      IdentityNumber id = IdentityNumber.parse(partner.idNumber()).orElseThrow();
      text.append(id.male() ? "**男方** " : "**女方** ").append(partner.name().strip()).append("（身份证 ").append(id.value())
          .append("，手机 ").append(partner.phone().strip()).append("，户籍 ")
          .append(partner.divisionCode() != null && !partner.divisionCode().isBlank()
              ? HarbinDivision.ofCode(partner.divisionCode().strip()).orElseThrow().nameZh() : partner.province())
          .append("）\n\n");
    }
    if (Boolean.TRUE.equals(application.alreadyMarried())) {
      text.append("已登记结婚，结婚证字号 ").append(application.marriageCertificateNumber()).append("\n\n");
    }
    if (application.chose(MarriageBirthApplication.Service.BIRTH_REGISTRATION)) {
      text.append("生育登记：计划生育第").append(application.plannedChildOrder()).append("孩\n\n");
    }
    if (crossProvince) {
      text.append("**跨省通办**：一方为外省户籍（§3.1.3）");
    }
    return text.toString().strip();
  }

  /** healthEducation, premaritalCheck, prePregnancyCheck, birthRegistration: what the gateways route on. */
  static String variable(MarriageBirthApplication.Service service) {
    String[] words = service.name().toLowerCase().split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  /** One live case per couple, whichever partner applies. */
  static String claimKey(MarriageBirthApplication application) {
    List<String> ids = application.partners().stream()
        .map(partner -> IdentityNumber.parse(partner.idNumber()).orElseThrow().value()).sorted().toList();
    return PROCESS_KEY + ":" + String.join("+", ids);
  }

  private static ConflictException duplicateClaim() {
    return new ConflictException("这对夫妻已有在办的婚育一站式服务申请", "This couple already has a one-stop application in progress");
  }
}
