package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.bureaus.CounterStaff;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.common.OnlineCaseStart;
import cn.harbin.fertility.policy.PolicyParameterSource;
import cn.harbin.fertility.policy.CaseDeadlines;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives special-family applications. The family (parents and every child) is recorded in our tables and the case
 * starts with its number as the business key and only what it routes on as variables; records and case start are
 * one transaction.
 */
@Service("specialFamilyIntake")
public class SpecialFamilyIntake {

  public static final String PROCESS_KEY = "special-family-assistance";
  static final String NUMBER_PREFIX = "TF";

  private final SpecialFamilyApplicationValidator validator;
  private final CaseIntake intake;
  private final SpecialFamilyClaims claims;
  private final PolicyParameterSource parameters;
  private final Notifications notifications;
  private final OnlineCaseStart onlineStart;
  private final CounterStaff counterStaff;
  private final Clock clock;

  public SpecialFamilyIntake(SpecialFamilyApplicationValidator validator, CaseIntake intake, SpecialFamilyClaims claims,
      PolicyParameterSource parameters, Notifications notifications, OnlineCaseStart onlineStart,
      CounterStaff counterStaff, Clock clock) {
    this.validator = validator;
    this.intake = intake;
    this.claims = claims;
    this.parameters = parameters;
    this.notifications = notifications;
    this.onlineStart = onlineStart;
    this.counterStaff = counterStaff;
    this.clock = clock;
  }

  @Transactional
  public CaseIntake.Submission submitOnline(SpecialFamilyApplication application) {
    requireValid(application);
    return onlineStart.submit(newCase(application), SpecialFamilyIntake::duplicateClaim, number -> record(application, number));
  }

  /**
   * Task_ConfirmOnlineRegistration: an online case starts for an application recorded online a moment before, and
   * for no other; a start message sent with some other number is refused.
   */
  public void confirmOnline(String applicationNumber) {
    onlineStart.confirm(PROCESS_KEY, applicationNumber);
  }

  /**
   * Task_RegisterCounterApplication: a family the street office took at the counter (the start form) is validated
   * and recorded like an online one, and the case gets its number.
   *
   * @return the variables the case routes on, its number among them
   */
  @Transactional
  public Map<String, Object> registerAtCounter(SpecialFamilyApplication application) {
    counterStaff.requireOwnDivision(application.divisionCode());
    requireValid(application);
    return record(application,
        intake.register(newCase(application), ApplicationRecord.Channel.COUNTER, SpecialFamilyIntake::duplicateClaim));
  }

  private Map<String, Object> record(SpecialFamilyApplication application, String number) {
    claims.insert(number, application);
    notifications.send(number, "您的计划生育家庭扶助申请已受理，申请编号 " + number + "，将由所在乡镇（街道）审核后公示。",
        "Your family-planning assistance application has been received as " + number
            + "; your street office will review it and give public notice.");
    Map<String, Object> variables = new HashMap<>(CaseDeadlines.from(parameters, SpecialFamilyIntake.PROCESS_KEY, CaseDeadlines.SPECIAL_FAMILY).on(LocalDate.now(clock)));
    variables.put("applicationNumber", number);
    variables.put("divisionCode", application.divisionCode().strip());
    return variables;
  }

  private void requireValid(SpecialFamilyApplication application) {
    InvalidRequestException.throwIfAny(validator.validate(application));
  }

  private static CaseIntake.NewCase newCase(SpecialFamilyApplication application) {
    return new CaseIntake.NewCase(PROCESS_KEY, NUMBER_PREFIX, claimKeys(application),
        Map.of("application", application.toString()), application.applicantIdNumber(), application.applicantName(),
        application.divisionCode());
  }

  /** One live application per parent: a couple applies once, whichever of them applies. */
  static List<String> claimKeys(SpecialFamilyApplication application) {
    return application.parents().stream()
        .map(parent -> PROCESS_KEY + ":" + IdentityNumber.parse(parent.idNumber()).orElseThrow().value()).toList();
  }

  private static ConflictException duplicateClaim() {
    return new ConflictException("该家庭已有在办或正在享受的计划生育家庭扶助申请，请勿重复申请；如有变化请联系所在乡镇（街道）",
        "This family already has an assistance application in progress or in payment; ask your street office about "
            + "changes");
  }
}
