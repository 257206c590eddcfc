package cn.harbin.fertility.childcaresubsidy;

import cn.harbin.fertility.citizen.ApplicationReceipt;
import cn.harbin.fertility.common.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public intake of the childcare subsidy. */
@RestController
@RequestMapping("/api/childcare-subsidy/applications")
@Tag(name = "育儿补贴 Childcare subsidy", description = "§3.4.2a")
public class ChildcareSubsidyController {

  private final ChildcareSubsidyIntake intake;

  public ChildcareSubsidyController(ChildcareSubsidyIntake intake) {
    this.intake = intake;
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "申请育儿补贴 / apply for the childcare subsidy",
      description = "Starts a case at the district health bureau of the applicant's household registration. "
          + "The same submission sent again returns the existing application (200) instead of a second case.")
  @ApiResponse(responseCode = "201", description = "受理 / received")
  @ApiResponse(responseCode = "200", description = "已受理过的同一申请 / the same application was received before")
  @ApiResponse(responseCode = "400", description = "申请信息有误，逐项说明 / invalid, per field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "该子女已有有效申请 / the child already has a live claim",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<ApplicationReceipt> apply(@RequestBody ChildcareSubsidyApplication application) {
    return ApplicationReceipt.response(intake.submitOnline(application));
  }
}
