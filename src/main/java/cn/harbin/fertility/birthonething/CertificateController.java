package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.common.ApiError;
import cn.harbin.fertility.common.BadRequestException;
import cn.harbin.fertility.common.NotFoundException;
import cn.harbin.fertility.common.TimeConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Confirms a certificate by the code printed on it, for whoever is shown a copy (a bank's loan officer, the fund
 * centre's counter): what was certified, to whom and by whom. The code is the key; it cannot be guessed.
 */
@RestController
@Tag(name = "证明核验 Certificates", description = "§3.4.2c")
public class CertificateController {

  /** What a certificate says, as issued. */
  public record CertificateVerification(
      @Schema(description = "证明编号 / verification code", example = "7KQ2-M9XD-4HWT-R8PB") String verificationCode,
      @Schema(description = "证明名称 / title") String titleZh, String titleEn,
      @Schema(description = "申请编号 / application number", example = "CS-2026-000011") String applicationNumber,
      @Schema(description = "政策依据 / clause", example = "§3.4.2c") String clause,
      @Schema(description = "证明内容 / what is certified") String statementZh, String statementEn,
      @Schema(description = "父母（身份证号码已隐去中间部分）/ parents, identity numbers masked")
      List<Certificate.Parent> parents,
      @Schema(description = "子女姓名 / child's name") String childName,
      @Schema(description = "子女出生日期 / child's birth date") LocalDate childBirthDate,
      @Schema(description = "孩次 / birth order") int birthOrder,
      @Schema(description = "出具单位 / issued by") String issuerZh, String issuerEn,
      @Schema(description = "出具时间（北京时间）/ issued at (China Standard Time)") OffsetDateTime issuedAt) {

    static CertificateVerification of(Certificate certificate) {
      return new CertificateVerification(certificate.printedCode(), certificate.titleZh(), certificate.titleEn(),
          certificate.applicationNumber(), certificate.clause(), certificate.statementZh(), certificate.statementEn(),
          certificate.parents(), certificate.childName(), certificate.childBirthDate(), certificate.birthOrder(),
          certificate.issuerZh(), certificate.issuerEn(),
          certificate.issuedAt().atZone(TimeConfiguration.HARBIN).toOffsetDateTime());
    }
  }

  private final Certificates certificates;

  public CertificateController(Certificates certificates) {
    this.certificates = certificates;
  }

  @GetMapping("/api/certificates/{code}")
  @Operation(summary = "凭证明编号核验证明 / verify a certificate by its code",
      description = "The code as printed (with or without dashes, any case). Answers what the certificate says; a "
          + "printed copy is genuine when it says the same.")
  @ApiResponse(responseCode = "200", description = "证明有效 / the certificate was issued")
  @ApiResponse(responseCode = "400", description = "编号格式不对 / not a code",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "无此证明 / no certificate has this code",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public CertificateVerification verify(@PathVariable String code) {
    String canonical = VerificationCodes.canonical(code).orElseThrow(() -> new BadRequestException(
        "这不是证明编号：证明编号为16位字母和数字，如 7KQ2-M9XD-4HWT-R8PB",
        "This is not a certificate code: a code has 16 letters and digits, like 7KQ2-M9XD-4HWT-R8PB"));
    return certificates.byVerificationCode(canonical).map(CertificateVerification::of)
        .orElseThrow(() -> new NotFoundException("未找到该编号的证明，请核对证明上的编号",
            "No certificate has this code; check the code on the certificate"));
  }
}
