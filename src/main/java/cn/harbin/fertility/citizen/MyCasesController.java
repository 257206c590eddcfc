package cn.harbin.fertility.citizen;

import cn.harbin.fertility.birthonething.BirthSchemeResults;
import cn.harbin.fertility.birthonething.Certificate;
import cn.harbin.fertility.birthonething.CertificatePdf;
import cn.harbin.fertility.birthonething.Certificates;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.NotFoundException;
import cn.harbin.fertility.nursery.NurseryReportSubmissions;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The signed-in citizen's cases: the list, a case's page, its certificates, supplying material, withdrawing. */
@Controller
class MyCasesController {

  private final CitizenCases cases;
  private final CitizenCaseActions actions;
  private final BirthSchemeResults schemeResults;
  private final Certificates certificates;
  private final CertificatePdf certificatePdf;
  private final NurseryReportSubmissions nurseryReports;
  private final String publicUrl;

  /** @param publicUrl the address citizens reach the application at, printed on certificates; else the request's */
  MyCasesController(CitizenCases cases, CitizenCaseActions actions, BirthSchemeResults schemeResults,
      Certificates certificates, CertificatePdf certificatePdf, NurseryReportSubmissions nurseryReports,
      @Value("${harbin.public-url:}") String publicUrl) {
    this.cases = cases;
    this.actions = actions;
    this.schemeResults = schemeResults;
    this.certificates = certificates;
    this.certificatePdf = certificatePdf;
    this.nurseryReports = nurseryReports;
    this.publicUrl = publicUrl;
  }

  @GetMapping("/portal/applications")
  String list(@AuthenticationPrincipal Citizen citizen, Model model) {
    model.addAttribute("cases", cases.of(citizen));
    model.addAttribute("nurseryContact", !nurseryReports.ofContact(citizen.idNumber(), citizen.phone()).isEmpty());
    return "portal/applications";
  }

  @GetMapping("/portal/applications/{number}")
  String details(@AuthenticationPrincipal Citizen citizen, @PathVariable String number, Model model) {
    model.addAttribute("details", cases.details(citizen, number));
    model.addAttribute("schemes", schemeResults.of(number));
    model.addAttribute("certificates", certificates.ofApplication(number));
    return "portal/case";
  }

  /** A certificate of the citizen's case as PDF, naming where its code can be verified. */
  @GetMapping("/portal/applications/{number}/certificates/{code}.pdf")
  ResponseEntity<byte[]> certificate(@AuthenticationPrincipal Citizen citizen, @PathVariable String number,
      @PathVariable String code) {
    cases.details(citizen, number);
    Certificate certificate = certificates.ofApplication(number).stream()
        .filter(issued -> issued.printedCode().equals(code)).findFirst()
        .orElseThrow(() -> new NotFoundException("未找到该证明", "No such certificate"));
    String verificationUrl = (publicUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath()
        : UriComponentsBuilder.fromUriString(publicUrl))
        .path("/api/certificates/{code}").buildAndExpand(certificate.printedCode()).toUriString();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(certificate.titleZh() + "-" + number + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(certificatePdf.render(certificate, verificationUrl));
  }

  @GetMapping("/portal/applications/{number}/material")
  String materialForm(@AuthenticationPrincipal Citizen citizen, @PathVariable String number, Model model) {
    return materialPage(citizen, number, model);
  }

  @PostMapping("/portal/applications/{number}/material")
  String supplyMaterial(@AuthenticationPrincipal Citizen citizen, @PathVariable String number,
      @RequestParam(required = false) String description,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    try {
      actions.supplyMaterial(citizen, number, description, files);
    } catch (InvalidRequestException invalid) {
      model.addAttribute("description", description);
      PageErrors.addTo(model, invalid.errors());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return materialPage(citizen, number, model);
    }
    redirect.addFlashAttribute("done", "material");
    return "redirect:/portal/applications/" + number;
  }

  @GetMapping("/portal/applications/{number}/withdrawal")
  String confirmWithdrawal(@AuthenticationPrincipal Citizen citizen, @PathVariable String number, Model model) {
    CitizenCases.CaseDetails details = cases.details(citizen, number);
    if (!details.withdrawable()) {
      throw new ConflictException("该申请已办结，不能撤回", "This application is already decided and cannot be withdrawn");
    }
    model.addAttribute("details", details);
    return "portal/withdraw";
  }

  @PostMapping("/portal/applications/{number}/withdrawal")
  String withdraw(@AuthenticationPrincipal Citizen citizen, @PathVariable String number,
      RedirectAttributes redirect) {
    actions.withdraw(citizen, number);
    redirect.addFlashAttribute("done", "withdrawn");
    return "redirect:/portal/applications/" + number;
  }

  private String materialPage(Citizen citizen, String number, Model model) {
    CitizenCases.CaseDetails details = cases.details(citizen, number);
    if (details.materialRequest().isEmpty()) {
      throw new ConflictException("该申请目前不需要补正材料", "This application is not waiting for material");
    }
    model.addAttribute("details", details);
    model.addAttribute("maxFiles", CitizenCaseActions.MAX_FILES);
    return "portal/material";
  }
}
