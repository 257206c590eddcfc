package cn.harbin.fertility.bureaus;

import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The staff member who takes an application at a counter (a start form in Tasklist), if one does: a case started
 * online, or by the engine itself, has none. A district's counter takes only its own division's applications.
 */
@Component
public class CounterStaff {

  private final IdentityService identityService;

  public CounterStaff(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Whether a staff member starts this case, whatever the variables of the start say. */
  public boolean startsThisCase() {
    return identityService.getCurrentAuthentication() != null;
  }

  /**
   * The channel a case came by: a counter case, of the staff member's own division, when a staff member starts it,
   * whatever its variables declare; the declared channel otherwise.
   *
   * @throws InvalidRequestException as {@link #requireOwnDivision}
   */
  public ApplicationRecord.Channel channelOf(ApplicationRecord.Channel declared, String divisionCode) {
    ApplicationRecord.Channel channel = startsThisCase() ? ApplicationRecord.Channel.COUNTER : declared;
    if (channel == ApplicationRecord.Channel.COUNTER) {
      requireOwnDivision(divisionCode);
    }
    return channel;
  }

  /**
   * @throws InvalidRequestException when the staff member starting the case belongs to neither the health bureau
   *     nor the street offices of that division (administrators take any)
   */
  public void requireOwnDivision(String divisionCode) {
    Optional<HarbinDivision> division = HarbinDivision.ofCode(divisionCode == null ? "" : divisionCode.strip());
    Authentication staff = identityService.getCurrentAuthentication();
    if (staff == null || division.isEmpty()) {
      return;
    }
    List<String> groups = staff.getGroupIds() == null ? List.of() : staff.getGroupIds();
    if (!groups.contains(Groups.CAMUNDA_ADMIN) && !groups.contains(BureauDirectory.districtHealth(division.get()))
        && !groups.contains(BureauDirectory.street(division.get()))) {
      throw new InvalidRequestException(List.of(new FieldError("divisionCode",
          "您所在的部门只受理本区县（市）的申请，" + division.get().nameZh() + "的申请请由该区县（市）受理",
          "Your bureau takes applications of its own division only; " + division.get().nameEn()
              + " takes its own")));
    }
  }
}
