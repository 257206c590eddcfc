package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyApplicationValidator;
import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one validation of an application after a birth, for the public API and the counter alike: the family as the
 * childcare subsidy checks it, and a declared home purchase complete (filing number, a Harbin division, a past date).
 */
@Component
public class BirthOneThingApplicationValidator {

  private final ChildcareSubsidyApplicationValidator family;
  private final Clock clock;

  public BirthOneThingApplicationValidator(ChildcareSubsidyApplicationValidator family, Clock clock) {
    this.family = family;
    this.clock = clock;
  }

  public List<FieldError> validate(BirthOneThingApplication application) {
    List<FieldError> errors = new ArrayList<>(family.validate(application.family()));
    if (application.declaresHomePurchase()) {
      FieldChecks checks = new FieldChecks(LocalDate.now(clock));
      checks.text("homeFilingNumber", application.homeFilingNumber(), 40, false, "网签备案号", "The filing number");
      checks.harbinDivision("homeDivisionCode", application.homeDivisionCode());
      if (checks.required("homeContractDate", application.homeContractDate(), "购房合同日期", "The contract date")) {
        checks.pastDate("homeContractDate", application.homeContractDate(), "购房合同日期", "The contract date");
      }
      errors.addAll(checks.errors());
    }
    return errors;
  }
}
