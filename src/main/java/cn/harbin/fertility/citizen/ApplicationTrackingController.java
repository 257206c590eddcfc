package cn.harbin.fertility.citizen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's own case: status, withdrawal, supplied material. Each call proves ownership with the applicant's
 * identity number in the body (never in URLs and access logs) and answers 404 to anybody else.
 */
@RestController
@Tag(name = "我的申请 My application")
public class ApplicationTrackingController {

  @Schema(description = "申请人身份证号码 / the applicant's identity number")
  public record Proof(String applicantIdNumber) {}

  @Schema(description = "补正材料说明 / what was supplied")
  public record SuppliedMaterial(String applicantIdNumber, String description) {}

  private final ApplicationTracking tracking;

  public ApplicationTrackingController(ApplicationTracking tracking) {
    this.tracking = tracking;
  }

  @PostMapping(path = "/api/applications/{applicationNumber}/status", consumes = "application/json")
  @Operation(summary = "查询办理进度 / where the case stands, and the messages it sent")
  public ApplicationStatus status(@PathVariable String applicationNumber, @RequestBody Proof proof) {
    return tracking.status(applicationNumber, proof.applicantIdNumber());
  }

  @PostMapping(path = "/api/applications/{applicationNumber}/withdrawal", consumes = "application/json")
  @Operation(summary = "撤回申请 / withdraw before the decision", description = "409 once the case is decided.")
  public ResponseEntity<ApplicationStatus> withdraw(@PathVariable String applicationNumber, @RequestBody Proof proof) {
    tracking.withdraw(applicationNumber, proof.applicantIdNumber());
    return ResponseEntity.ok(tracking.status(applicationNumber, proof.applicantIdNumber()));
  }

  @PostMapping(path = "/api/applications/{applicationNumber}/material", consumes = "application/json")
  @Operation(summary = "补正材料 / the requested material is supplied",
      description = "409 unless the reviewer asked for material and the deadline has not passed.")
  public ResponseEntity<ApplicationStatus> supplyMaterial(@PathVariable String applicationNumber,
      @RequestBody SuppliedMaterial material) {
    tracking.supplyMaterial(applicationNumber, material.applicantIdNumber(), material.description());
    return ResponseEntity.ok(tracking.status(applicationNumber, material.applicantIdNumber()));
  }
}
