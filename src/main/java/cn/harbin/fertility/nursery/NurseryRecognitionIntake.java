package cn.harbin.fertility.nursery;

import cn.harbin.fertility.bureaus.CounterStaff;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.notifications.Notifications;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a nursery's filing at its district health bureau's counter (a start form in Tasklist): checked, recorded
 * as a case of its contact person, the nursery entered in the register as FILED. One live recognition case per
 * nursery.
 */
@Service
public class NurseryRecognitionIntake {

  public static final String PROCESS_KEY = "nursery-recognition";
  static final String NUMBER_PREFIX = "TJ";

  private final NurseryFilingValidator validator;
  private final CaseIntake intake;
  private final Nurseries nurseries;
  private final CounterStaff counterStaff;
  private final Notifications notifications;

  public NurseryRecognitionIntake(NurseryFilingValidator validator, CaseIntake intake, Nurseries nurseries,
      CounterStaff counterStaff, Notifications notifications) {
    this.validator = validator;
    this.intake = intake;
    this.nurseries = nurseries;
    this.counterStaff = counterStaff;
    this.notifications = notifications;
  }

  /** @return the case's number */
  @Transactional
  public String register(NurseryFiling filing) {
    counterStaff.requireOwnDivision(filing.divisionCode());
    InvalidRequestException.throwIfAny(validator.validate(filing));
    String number = intake.register(new CaseIntake.NewCase(PROCESS_KEY, NUMBER_PREFIX,
            List.of(PROCESS_KEY + ":" + Nurseries.creditCode(filing.creditCode())), filing.toVariables(),
            filing.contactIdNumber(), filing.contactName(), filing.divisionCode()),
        ApplicationRecord.Channel.COUNTER, NurseryRecognitionIntake::duplicate);
    nurseries.file(number, filing);
    notifications.send(number, "“" + filing.nurseryName().strip() + "”的普惠托育机构认定申请已受理，申请编号 " + number
            + "，区卫生健康局将审核认定。",
        "The inclusive recognition of " + filing.nurseryName().strip() + " has been received as " + number
            + "; the district health bureau decides it.");
    return number;
  }

  private static ConflictException duplicate() {
    return new ConflictException("该机构的普惠认定正在办理或已认定，不能重复申请",
        "This nursery's recognition is in progress or granted already");
  }
}
