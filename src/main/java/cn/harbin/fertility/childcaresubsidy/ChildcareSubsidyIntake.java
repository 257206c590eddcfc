package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.bureaus.CounterStaff;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.notifications.Notifications;
import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.PolicyParameterSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives childcare subsidy applications from both channels. An online application is checked before its case
 * starts, so that a bad one gets its 400 and leaves no trace; every case then registers itself in its first step
 * ({@link #register}), which repeats the checks for the counter's start form. The case start and the records are
 * one transaction: either both exist or neither does.
 */
@Service
public class ChildcareSubsidyIntake {

  public static final String PROCESS_KEY = "childcare-subsidy";
  static final String NUMBER_PREFIX = "YE";

  /** The number, the channel it came by and the deadlines in force when the case was received, in days. */
  public record Registration(String applicationNumber, ApplicationRecord.Channel channel, int reviewDueDays,
      int registryVerificationDueDays, int materialDueDays) {}

  private final ChildcareSubsidyApplicationValidator validator;
  private final CaseIntake intake;
  private final ChildcareSubsidyClaims claims;
  private final PolicyParameterSource parameters;
  private final Notifications notifications;
  private final RuntimeService runtimeService;
  private final CounterStaff counterStaff;
  private final Clock clock;

  public ChildcareSubsidyIntake(ChildcareSubsidyApplicationValidator validator, CaseIntake intake,
      ChildcareSubsidyClaims claims, PolicyParameterSource parameters, Notifications notifications,
      RuntimeService runtimeService, CounterStaff counterStaff, Clock clock) {
    this.validator = validator;
    this.intake = intake;
    this.claims = claims;
    this.parameters = parameters;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.counterStaff = counterStaff;
    this.clock = clock;
  }

  @Transactional
  public CaseIntake.Submission submitOnline(ChildcareSubsidyApplication application) {
    requireValid(application);
    Optional<String> earlier = intake.earlierSubmission(newCase(application), ChildcareSubsidyIntake::duplicateClaim);
    if (earlier.isPresent()) {
      return new CaseIntake.Submission(earlier.get(), false);
    }
    Map<String, Object> variables = application.toVariables();
    variables.put("channel", ApplicationRecord.Channel.ONLINE.name());
    ProcessInstance started = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    return new CaseIntake.Submission(started.getBusinessKey(), true);
  }

  /**
   * Records a received case and gives it its number: the first step of every childcare subsidy case, whichever
   * channel started it. A business key that a caller set is replaced: numbers come from the sequence only. A case a
   * staff member starts is a counter case of their own division, whatever channel its variables declare.
   */
  @Transactional
  public Registration register(ChildcareSubsidyApplication application, ApplicationRecord.Channel declaredChannel) {
    ApplicationRecord.Channel channel = counterStaff.channelOf(declaredChannel, application.divisionCode());
    requireValid(application);
    String number = intake.register(newCase(application), channel, ChildcareSubsidyIntake::duplicateClaim);
    claims.insert(number, application);
    notifications.send(number, "您的育儿补贴申请已受理，申请编号 " + number + "，将由户籍所在区县卫生健康局审核。",
        "Your childcare subsidy application has been received as " + number
            + "; the health bureau of your division will review it.");
    LocalDate today = LocalDate.now(clock);
    ChildcareSubsidyParameters figures = ChildcareSubsidyParameters.from(parameters);
    return new Registration(number, channel, figures.reviewDueDays().requireValueOn(today),
        figures.registryVerificationDueDays().requireValueOn(today), figures.materialDueDays().requireValueOn(today));
  }

  private void requireValid(ChildcareSubsidyApplication application) {
    InvalidRequestException.throwIfAny(validator.validate(application));
  }

  private static CaseIntake.NewCase newCase(ChildcareSubsidyApplication application) {
    return new CaseIntake.NewCase(PROCESS_KEY, NUMBER_PREFIX, List.of(claimKey(application)), application.toVariables(),
        application.applicantIdNumber(), application.applicantName(), application.divisionCode());
  }

  /** One live claim per child in the whole city (§3.4.2a). */
  public static String claimKey(ChildcareSubsidyApplication application) {
    return PROCESS_KEY + ":" + IdentityNumber.parse(application.childIdNumber()).orElseThrow().value();
  }

  /** Says nothing of the other claim (its number or applicant): whoever asks may not be its applicant. */
  private static ConflictException duplicateClaim() {
    return new ConflictException("该子女已有在办或正在享受的育儿补贴申请，同一子女只能有一项有效申请；如有疑问请联系户籍所在区县卫生健康局",
        "This child already has a childcare subsidy claim in progress or in payment; a child can have only one. "
            + "Ask the health bureau of your division if in doubt.");
  }

}
