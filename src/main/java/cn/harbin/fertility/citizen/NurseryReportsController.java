package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.NotFoundException;
import cn.harbin.fertility.nursery.EnrolmentCsv;
import cn.harbin.fertility.nursery.Nurseries;
import cn.harbin.fertility.nursery.NurseryReportSubmissions;
import cn.harbin.fertility.nursery.NurseryReports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An inclusive nursery's months in the portal, for its contact person (signed in like any citizen): each month's
 * status and amount, and the report of an awaited month, as a CSV file or pasted.
 */
@Controller
class NurseryReportsController {

  private final NurseryReportSubmissions submissions;
  private final NurseryReports reports;

  NurseryReportsController(NurseryReportSubmissions submissions, NurseryReports reports) {
    this.submissions = submissions;
    this.reports = reports;
  }

  @GetMapping("/portal/nurseries")
  String nurseries(@AuthenticationPrincipal Citizen citizen, Model model) {
    List<Nurseries.Nursery> nurseries = submissions.ofContact(citizen.idNumber(), citizen.phone());
    if (nurseries.isEmpty()) {
      throw new NotFoundException("您不是普惠托育机构的负责人", "You are not the contact of an inclusive nursery");
    }
    Map<String, List<NurseryReports.Report>> months = new LinkedHashMap<>();
    nurseries.forEach(nursery -> months.put(nursery.creditCode(), reports.of(nursery.creditCode())));
    model.addAttribute("nurseries", nurseries);
    model.addAttribute("months", months);
    return "portal/nurseries";
  }

  @GetMapping("/portal/nurseries/{creditCode}/months/{month}")
  String month(@AuthenticationPrincipal Citizen citizen, @PathVariable String creditCode, @PathVariable String month,
      Model model) {
    return monthPage(citizen, creditCode, yearMonth(month), model);
  }

  @PostMapping("/portal/nurseries/{creditCode}/months/{month}")
  String report(@AuthenticationPrincipal Citizen citizen, @PathVariable String creditCode, @PathVariable String month,
      @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String children,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    YearMonth reported = yearMonth(month);
    try {
      submissions.submit(citizen.idNumber(), citizen.phone(), creditCode, reported, csv(file, children));
    } catch (InvalidRequestException invalid) {
      model.addAttribute("children", children);
      PageErrors.addTo(model, invalid.errors());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return monthPage(citizen, creditCode, reported, model);
    }
    redirect.addFlashAttribute("done", "reported");
    return "redirect:/portal/nurseries/" + creditCode + "/months/" + reported;
  }

  private String monthPage(Citizen citizen, String creditCode, YearMonth month, Model model) {
    Nurseries.Nursery nursery = submissions.ofContact(citizen.idNumber(), citizen.phone(), creditCode);
    NurseryReports.Report report = submissions.month(nursery, month);
    model.addAttribute("nursery", nursery);
    model.addAttribute("report", report);
    model.addAttribute("rows", reports.children(report.applicationNumber()));
    model.addAttribute("header", String.join(",", EnrolmentCsv.HEADER));
    model.addAttribute("maxChildren", EnrolmentCsv.MAX_CHILDREN);
    return "portal/nursery-month";
  }

  /** The uploaded file if one was chosen, else what was pasted. */
  private static String csv(MultipartFile file, String pasted) {
    if (file == null || file.isEmpty()) {
      return pasted == null ? "" : pasted;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getBytes())).toString();
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidRequestException(List.of(new FieldError("children", "文件不是UTF-8编码的CSV，请在表格软件中另存为“CSV UTF-8”",
          "The file is not CSV in UTF-8; save it as \"CSV UTF-8\" in the spreadsheet")));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static YearMonth yearMonth(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException notAMonth) {
      throw new NotFoundException("没有这个月份", "No such month");
    }
  }
}
