package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bank file of an exported batch: full account numbers, so for the finance bureau only. {@code /api/payments/…}
 * takes HTTP Basic for scripts; {@code /staff/bank-files/…}, the link in the task form, takes the Tasklist login of
 * the same browser (StaffApiSecurity).
 */
@RestController
@Tag(name = "发放 Payments (finance)")
public class BankFileController {

  private final Disbursements disbursements;

  public BankFileController(Disbursements disbursements) {
    this.disbursements = disbursements;
  }

  @GetMapping({"/api/payments/batches/{batchId}/bank-file", "/staff/bank-files/{batchId}"})
  @Operation(summary = "下载银行代发文件 / download the bank file", security = @SecurityRequirement(name = "basic"))
  public ResponseEntity<byte[]> bankFile(@PathVariable long batchId) {
    Disbursements.Batch batch = disbursements.batch(batchId);
    if (batch.status() != Disbursements.BatchStatus.EXPORTED && batch.status() != Disbursements.BatchStatus.CONFIRMED) {
      throw new NotFoundException("该批次尚未批准，没有银行代发文件",
          "This batch has not been approved; it has no bank file");
    }
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] csv = BankFile.of(batch).getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bom.length + csv.length];
    System.arraycopy(bom, 0, body, 0, bom.length);
    System.arraycopy(csv, 0, body, bom.length, csv.length);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(BankFile.fileName(batch)).build().toString())
        .body(body);
  }
}
