package cn.harbin.fertility.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where is my case? POST, so that the identity number travels in the body and not in URLs and access logs. */
@RestController
@Tag(name = "办理进度 Application status")
public class ApplicationTrackingController {

  @Schema(description = "申请人身份证号码 / the applicant's identity number")
  public record Proof(String applicantIdNumber) {}

  private final ApplicationTracking tracking;

  public ApplicationTrackingController(ApplicationTracking tracking) {
    this.tracking = tracking;
  }

  @PostMapping(path = "/api/applications/{applicationNumber}/status", consumes = "application/json")
  @Operation(summary = "查询办理进度 / where the case stands",
      description = "Answers 404 unless the identity number is the applicant's.")
  public ApplicationStatus status(@PathVariable String applicationNumber, @RequestBody Proof proof) {
    return tracking.status(applicationNumber, proof == null ? null : proof.applicantIdNumber());
  }
}
