package cn.harbin.fertility.payments;

import cn.harbin.fertility.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bank file of an exported batch: full account numbers, so for the finance bureau only. {@code /api/payments/…}
 * takes HTTP Basic for scripts; {@code /staff/bank-files/…}, the link in the task form, takes the Tasklist login of
 * the same browser (StaffApiSecurity). The file is written to the response while its payments are read, never held
 * whole, in the request's own thread: an asynchronous dispatch would be authorised again after the response was
 * committed.
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
  public void bankFile(@PathVariable long batchId, HttpServletResponse response) throws IOException {
    Disbursements.Summary batch = disbursements.summary(batchId);
    if (batch.status() != Disbursements.BatchStatus.EXPORTED && batch.status() != Disbursements.BatchStatus.CONFIRMED) {
      throw new NotFoundException("该批次尚未批准，没有银行代发文件",
          "This batch has not been approved; it has no bank file");
    }
    response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(BankFile.fileName(batch)).build().toString());
    Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    writer.write('\uFEFF');
    try (BankFile file = new BankFile(writer)) {
      disbursements.forEachPayment(batchId, file::add);
    }
  }
}
