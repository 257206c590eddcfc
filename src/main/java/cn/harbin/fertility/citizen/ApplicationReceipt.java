package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.CaseIntake;
import java.net.URI;
import org.springframework.http.ResponseEntity;

/** What an applicant gets back: the application number and how to follow the case. */
public record ApplicationReceipt(String applicationNumber, String trackingUrl, String messageZh, String messageEn) {

  /** 201 with the receipt for a new application, 200 for the same one received before. */
  public static ResponseEntity<ApplicationReceipt> response(CaseIntake.Submission submission) {
    ApplicationReceipt receipt = of(submission.applicationNumber(), submission.created());
    return submission.created() ? ResponseEntity.created(URI.create(receipt.trackingUrl())).body(receipt) : ResponseEntity.ok(receipt);
  }

  public static ApplicationReceipt of(String applicationNumber, boolean created) {
    String trackingUrl = "/api/applications/" + applicationNumber + "/status";
    String receivedZh = created ? "申请已受理" : "该申请此前已受理，未重复登记";
    String receivedEn = created ? "Your application has been received" : "This application had already been received";
    return new ApplicationReceipt(applicationNumber, trackingUrl,
        receivedZh + "，申请编号 " + applicationNumber + "。凭申请编号和申请人身份证号码可查询办理进度（POST " + trackingUrl + "）。",
        receivedEn + ": number " + applicationNumber + ". Follow it with this number and the applicant's identity "
            + "number (POST " + trackingUrl + ").");
  }
}
