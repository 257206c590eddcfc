package cn.harbin.fertility.citizen;

import cn.harbin.fertility.birthonething.BirthSchemeResults;
import cn.harbin.fertility.birthonething.Certificates;
import cn.harbin.fertility.common.TimeConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in citizen's cases as JSON, for the city's service platform and apps: the same data as the portal's
 * pages, with the portal's session (sign in at {@code /portal/sign-in}). Times are ISO-8601 with the +08:00 offset.
 */
@RestController
@Tag(name = "我的申请 My applications", description = "需先在 /portal/sign-in 登录 / sign in at /portal/sign-in first")
class MyApplicationsApi {

  record StepView(String name, String bureauZh, String bureauEn, OffsetDateTime started, OffsetDateTime finished,
      OffsetDateTime due) {}

  record CaseView(String applicationNumber, String caseType, String stage, OffsetDateTime receivedAt,
      OffsetDateTime decidedAt, List<StepView> currentSteps, String caseUrl) {}

  record MaterialView(String missing, OffsetDateTime requestedAt, OffsetDateTime due) {}

  record PeriodView(String period, BigDecimal amount, String status, Long batchId, OffsetDateTime paidAt,
      List<FailureView> failedAttempts) {}

  record FailureView(long batchId, String reason, OffsetDateTime recordedAt) {}

  record EntitlementView(String scheme, String clause, String beneficiary, String frequency, BigDecimal amount,
      String firstPeriod, String lastPeriod, String status, List<PeriodView> periods) {}

  record MessageView(OffsetDateTime sentAt, String messageZh, String messageEn) {}

  record CertificateView(String verificationCode, String titleZh, String titleEn, String issuerZh, String issuerEn,
      OffsetDateTime issuedAt, String pdfUrl, String verificationUrl) {}

  record CaseDetailsView(CaseView overview, String applicantName, String applicantIdNumber, String outcomeZh,
      String outcomeEn, List<StepView> timeline, MaterialView materialRequested, boolean withdrawable,
      List<BirthSchemeResults.SchemeResult> schemes, List<CertificateView> certificates,
      List<EntitlementView> entitlements, List<MessageView> messages) {}

  private final CitizenCases cases;
  private final BirthSchemeResults schemeResults;
  private final Certificates certificates;

  MyApplicationsApi(CitizenCases cases, BirthSchemeResults schemeResults, Certificates certificates) {
    this.cases = cases;
    this.schemeResults = schemeResults;
    this.certificates = certificates;
  }

  @GetMapping("/api/me/applications")
  @Operation(summary = "我的全部申请（新的在前）/ every case of the signed-in citizen, newest first")
  List<CaseView> mine(@AuthenticationPrincipal Citizen citizen) {
    return cases.of(citizen).stream().map(MyApplicationsApi::view).toList();
  }

  @GetMapping("/api/me/applications/{applicationNumber}")
  @Operation(summary = "一件申请的进度、结果、各项待遇、证明和发放情况 / one case: steps, outcome, schemes, certificates, "
      + "payments, messages",
      description = "404 for a number that is not the signed-in citizen's, exactly as for one that does not exist.")
  CaseDetailsView one(@AuthenticationPrincipal Citizen citizen, @PathVariable String applicationNumber) {
    CitizenCases.CaseDetails details = cases.details(citizen, applicationNumber);
    return new CaseDetailsView(view(details.overview()), details.applicantName(), details.maskedApplicantIdNumber(),
        details.outcomeReasonZh(), details.outcomeReasonEn(),
        details.timeline().stream().map(MyApplicationsApi::view).toList(),
        details.materialRequest().map(request -> new MaterialView(request.missing(), time(request.requestedAt()),
            time(request.due()))).orElse(null),
        details.withdrawable(), schemeResults.of(applicationNumber),
        certificates.ofApplication(applicationNumber).stream().map(certificate -> new CertificateView(
            certificate.printedCode(), certificate.titleZh(), certificate.titleEn(), certificate.issuerZh(),
            certificate.issuerEn(), time(certificate.issuedAt()), "/portal/applications/" + applicationNumber
                + "/certificates/" + certificate.printedCode() + ".pdf",
            "/api/certificates/" + certificate.printedCode())).toList(),
        details.entitlements().stream().map(statement -> new EntitlementView(statement.scheme(), statement.clause(),
            statement.maskedBeneficiary(), statement.frequency().name(), statement.amount(),
            statement.firstPeriod().toString(),
            statement.lastPeriod() == null ? null : statement.lastPeriod().toString(), statement.status().name(),
            statement.periods().stream().map(period -> new PeriodView(period.period().toString(), period.amount(),
                period.status(), period.batchId(), time(period.paidAt()), period.failedAttempts().stream()
                    .map(failed -> new FailureView(failed.batchId(), failed.reason(), time(failed.recordedAt())))
                    .toList())).toList())).toList(),
        details.notifications().stream().map(message -> new MessageView(time(message.createdAt()),
            message.messageZh(), message.messageEn())).toList());
  }

  private static CaseView view(CitizenCases.CaseOverview overview) {
    return new CaseView(overview.applicationNumber(), overview.caseType(), overview.stage().name(),
        time(overview.receivedAt()), time(overview.decidedAt()),
        overview.currentSteps().stream().map(MyApplicationsApi::view).toList(),
        "/portal/applications/" + overview.applicationNumber());
  }

  private static StepView view(CitizenCases.Step step) {
    return new StepView(step.name(), step.bureau() == null ? null : step.bureau().nameZh(),
        step.bureau() == null ? null : step.bureau().nameEn(), time(step.started()), time(step.finished()),
        time(step.due()));
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atZone(TimeConfiguration.HARBIN).toOffsetDateTime();
  }
}
