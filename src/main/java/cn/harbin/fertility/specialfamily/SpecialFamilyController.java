package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.citizen.ApplicationReceipt;
import cn.harbin.fertility.common.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public intake of the special-family schemes, and objections during their public notice. */
@RestController
@RequestMapping("/api/special-family-assistance/applications")
@Tag(name = "计划生育家庭扶助 Special-family assistance", description = "§3.5.1–§3.5.3")
public class SpecialFamilyController {

  @Schema(description = "公示异议 / an objection during the public notice")
  public record Objection(String name, String phone, String content) {}

  private final SpecialFamilyIntake intake;
  private final SpecialFamilyObjections objections;

  public SpecialFamilyController(SpecialFamilyIntake intake, SpecialFamilyObjections objections) {
    this.intake = intake;
    this.objections = objections;
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "申请特别扶助、奖励扶助、护理补贴和帮扶服务 / apply",
      description = "The rules decide which schemes the family qualifies for; the street office reviews, the case is "
          + "publicly noticed, the district health bureau approves.")
  @ApiResponse(responseCode = "201", description = "受理 / received")
  @ApiResponse(responseCode = "400", description = "申请信息有误 / invalid, per field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "该家庭已有有效申请 / the family already has a live application",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<ApplicationReceipt> apply(@RequestBody SpecialFamilyApplication application) {
    return ApplicationReceipt.response(intake.submitOnline(application));
  }

  @PostMapping(path = "/{applicationNumber}/objections", consumes = "application/json")
  @Operation(summary = "对公示提出异议 / object during the public notice",
      description = "Anyone may object while the case is publicly noticed; the street office investigates. "
          + "409 outside the notice period.")
  @ApiResponse(responseCode = "202", description = "异议已收到，由乡镇（街道）调查 / received, the street office investigates")
  @ApiResponse(responseCode = "400", description = "异议内容有误 / invalid, per field",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "不在公示期内 / not during the public notice",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<Map<String, String>> object(@PathVariable String applicationNumber,
      @RequestBody Objection objection) {
    objections.lodge(applicationNumber, objection.name(), objection.phone(), objection.content());
    return ResponseEntity.accepted().body(Map.of(
        "messageZh", "异议已收到，将由所在乡镇（街道）调查处理",
        "messageEn", "The objection was received; the street office will investigate it"));
  }
}
