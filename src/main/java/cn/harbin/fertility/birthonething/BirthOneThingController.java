package cn.harbin.fertility.birthonething;

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

/** Public intake of the application after a birth (新生儿出生一件事). */
@RestController
@RequestMapping("/api/birth-one-thing/applications")
@Tag(name = "新生儿出生一件事 After a birth", description = "§3.4.1, §3.4.2a–e, national childcare subsidy")
public class BirthOneThingController {

  private final BirthOneThingIntake intake;

  public BirthOneThingController(BirthOneThingIntake intake) {
    this.intake = intake;
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "新生儿出生后一次申请各项待遇 / one application after a birth for every scheme",
      description = "Starts one case: the rules decide which schemes apply (city and national childcare subsidy, "
          + "home-purchase subsidy, newborn medical insurance, provident-fund loan, public rental priority, tax "
          + "information) and why not; each applicable scheme runs at its bureau at once; one notice lists every "
          + "result. The same submission sent again returns the existing application (200).")
  @ApiResponse(responseCode = "201", description = "受理 / received")
  @ApiResponse(responseCode = "200", description = "已受理过的同一申请 / the same application was received before")
  @ApiResponse(responseCode = "400", description = "申请信息有误，逐项说明 / invalid, per field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "该子女已有申请 / the child already has an application",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<ApplicationReceipt> apply(@RequestBody BirthOneThingApplication application) {
    return ApplicationReceipt.response(intake.submitOnline(application));
  }
}
