package cn.harbin.fertility.marriagebirth;

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

/** Public intake of the one-stop marriage, health-education and birth-guidance service. */
@RestController
@RequestMapping("/api/marriage-birth-one-stop/applications")
@Tag(name = "婚育一站式 One-stop marriage and birth service", description = "§3.2.3, §3.1.2, §3.1.3")
public class MarriageBirthController {

  private final MarriageBirthIntake intake;

  public MarriageBirthController(MarriageBirthIntake intake) {
    this.intake = intake;
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "申请婚育一站式服务 / apply",
      description = "Marriage registration by civil affairs (unless already married), then the chosen services in "
          + "parallel; a partner registered in another province is served (cross-province).")
  @ApiResponse(responseCode = "201", description = "受理 / received")
  @ApiResponse(responseCode = "400", description = "申请信息有误（含未达法定婚龄） / invalid, per field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "这对夫妻已有在办申请 / the couple has a case in progress",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<ApplicationReceipt> apply(@RequestBody MarriageBirthApplication application) {
    return ApplicationReceipt.response(intake.submitOnline(application));
  }
}
