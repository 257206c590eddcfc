package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.bureaus.CounterStaff;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.notifications.Notifications;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives applications after a birth from both channels, as the other case types do: an online one is checked
 * before its case starts (a bad one gets its 400 and leaves no trace), and every case registers itself in its first
 * step ({@link #register}); the case start and the records (the application, and {@code birth_one_thing_claim} with
 * the applicant's phone, which opens the case to them in the portal and carries its SMS) are one transaction.
 */
@Service
public class BirthOneThingIntake {

  public static final String PROCESS_KEY = "birth-one-thing";
  static final String NUMBER_PREFIX = "CS";

  private final BirthOneThingApplicationValidator validator;
  private final CaseIntake intake;
  private final Notifications notifications;
  private final RuntimeService runtimeService;
  private final CounterStaff counterStaff;
  private final JdbcClient jdbc;

  public BirthOneThingIntake(BirthOneThingApplicationValidator validator, CaseIntake intake,
      Notifications notifications, RuntimeService runtimeService, CounterStaff counterStaff, JdbcClient jdbc) {
    this.validator = validator;
    this.intake = intake;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.counterStaff = counterStaff;
    this.jdbc = jdbc;
  }

  @Transactional
  public CaseIntake.Submission submitOnline(BirthOneThingApplication application) {
    InvalidRequestException.throwIfAny(validator.validate(application));
    Optional<String> earlier = intake.earlierSubmission(newCase(application), BirthOneThingIntake::duplicate);
    if (earlier.isPresent()) {
      return new CaseIntake.Submission(earlier.get(), false);
    }
    Map<String, Object> variables = application.toVariables();
    variables.put("channel", ApplicationRecord.Channel.ONLINE.name());
    ProcessInstance started = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    return new CaseIntake.Submission(started.getBusinessKey(), true);
  }

  /** Records a received case and gives it its number; a case a staff member starts is a counter case. */
  @Transactional
  public String register(BirthOneThingApplication application, ApplicationRecord.Channel declaredChannel) {
    ApplicationRecord.Channel channel = counterStaff.channelOf(declaredChannel, application.divisionCode());
    InvalidRequestException.throwIfAny(validator.validate(application));
    String number = intake.register(newCase(application), channel, BirthOneThingIntake::duplicate);
    jdbc.sql("""
            INSERT INTO birth_one_thing_claim (application_number, applicant_phone, child_id_number,
              other_parent_id_number)
            VALUES (:number, :phone, :child, :otherParent)""")
        .param("number", number).param("phone", application.applicantPhone().strip())
        .param("child", application.recordedChildIdNumber())
        .param("otherParent", application.otherParentIdNumber() == null || application.otherParentIdNumber().isBlank()
            ? null : IdentityNumber.parse(application.otherParentIdNumber()).orElseThrow().value())
        .update();
    notifications.send(number, "您的新生儿出生“一件事”申请已受理，申请编号 " + number
            + "，各相关部门将同时办理，办结后统一告知结果。",
        "Your application after the birth has been received as " + number
            + "; every bureau concerned handles it at once, and you will get one notice of all the results.");
    return number;
  }

  private static CaseIntake.NewCase newCase(BirthOneThingApplication application) {
    return new CaseIntake.NewCase(PROCESS_KEY, NUMBER_PREFIX, List.of(claimKey(application)),
        application.toVariables(), application.applicantIdNumber(), application.applicantName(),
        application.divisionCode());
  }

  /** One application after a birth per child. */
  static String claimKey(BirthOneThingApplication application) {
    return PROCESS_KEY + ":" + application.recordedChildIdNumber();
  }

  private static ConflictException duplicate() {
    return new ConflictException("该子女的新生儿出生“一件事”申请已经提交，不能重复申请；可在“我的申请”查看办理进度",
        "An application after this child's birth has already been made; follow it under My applications");
  }
}
