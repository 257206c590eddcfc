package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.CaseIntake;
import java.net.URI;
import org.springframework.http.ResponseEntity;

/** What an applicant gets back: the application number and the portal page where the case can be followed. */
public record ApplicationReceipt(String applicationNumber, String caseUrl, String messageZh, String messageEn) {

  /** 201 with the receipt for a new application, 200 for the same one received before. */
  public static ResponseEntity<ApplicationReceipt> response(CaseIntake.Submission submission) {
    ApplicationReceipt receipt = of(submission.applicationNumber(), submission.created());
    return submission.created() ? ResponseEntity.created(URI.create(receipt.caseUrl())).body(receipt)
        : ResponseEntity.ok(receipt);
  }

  public static ApplicationReceipt of(String applicationNumber, boolean created) {
    String caseUrl = "/portal/applications/" + applicationNumber;
    String receivedZh = created ? "申请已受理" : "该申请此前已受理，未重复登记";
    String receivedEn = created ? "Your application has been received" : "This application had already been received";
    return new ApplicationReceipt(applicationNumber, caseUrl,
        receivedZh + "，申请编号 " + applicationNumber + "。用申请人的身份证号码、手机号码和短信验证码登录群众服务门户即可查看办理进度："
            + caseUrl,
        receivedEn + ": number " + applicationNumber + ". Sign in to the citizen portal with the applicant's identity "
            + "number, mobile number and an SMS code to follow it: " + caseUrl);
  }
}
