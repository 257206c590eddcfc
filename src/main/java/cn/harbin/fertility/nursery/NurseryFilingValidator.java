package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The one validation of a nursery's filing. */
@Component
public class NurseryFilingValidator {

  private final Clock clock;

  public NurseryFilingValidator(Clock clock) {
    this.clock = clock;
  }

  public List<FieldError> validate(NurseryFiling filing) {
    FieldChecks checks = new FieldChecks(LocalDate.now(clock));
    checks.text("nurseryName", filing.nurseryName(), 100, false, "机构名称", "The nursery's name");
    if (checks.required("creditCode", filing.creditCode(), "统一社会信用代码", "The unified social credit code")
        && UnifiedSocialCreditCode.parse(filing.creditCode()).isEmpty()) {
      checks.reject("creditCode", "统一社会信用代码不正确（18位，末位校验码须符合GB 32100）",
          "The unified social credit code is not valid (18 characters, the last one a GB 32100 check character)");
    }
    checks.harbinDivision("divisionCode", filing.divisionCode());
    checks.text("filingNumber", filing.filingNumber(), 40, false, "备案号", "The filing number");
    if (checks.required("filingDate", filing.filingDate(), "备案日期", "The filing date")) {
      checks.pastDate("filingDate", filing.filingDate(), "备案日期", "The filing date");
    }
    checks.name("contactName", filing.contactName(), "负责人姓名", "The contact person's name");
    checks.identityNumber("contactIdNumber", filing.contactIdNumber(), "负责人身份证号码",
        "The contact person's identity number");
    checks.mobilePhone("contactPhone", filing.contactPhone());
    checks.text("bankName", filing.bankName(), 60, false, "开户银行", "The bank");
    checks.bankAccount("bankAccount", filing.bankAccount());
    return checks.errors();
  }
}
