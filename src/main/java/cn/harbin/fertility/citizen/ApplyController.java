package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applying online: the case type's start form, checked by its intake; errors shown next to their fields. */
@Controller
class ApplyController {

  private final IntakeForms forms;
  private final PortalApplications applications;

  ApplyController(IntakeForms forms, PortalApplications applications) {
    this.forms = forms;
    this.applications = applications;
  }

  @GetMapping("/portal/apply/{caseType}")
  String form(@AuthenticationPrincipal Citizen citizen, @PathVariable String caseType, Model model) {
    return page(caseType, citizen, applications.prefilled(requireKnown(caseType), citizen), model);
  }

  @PostMapping("/portal/apply/{caseType}")
  String apply(@AuthenticationPrincipal Citizen citizen, @PathVariable String caseType,
      @RequestParam Map<String, String> submitted, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    requireKnown(caseType);
    Map<String, String> fields = new HashMap<>(submitted);
    fields.remove("_csrf");
    try {
      CaseIntake.Submission submission = applications.submit(caseType, citizen, fields);
      redirect.addFlashAttribute("done", submission.created() ? "applied" : "appliedBefore");
      return "redirect:/portal/applications/" + submission.applicationNumber();
    } catch (InvalidRequestException invalid) {
      PageErrors.addTo(model, invalid.errors(), field -> PortalApplications.formField(field, fields));
    } catch (ConflictException conflict) {
      PageErrors.addTo(model, List.of(new FieldError("form", conflict.messageZh(), conflict.messageEn())));
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    fields.putAll(PortalApplications.applicantValues(caseType, citizen));
    return page(caseType, citizen, fields, model);
  }

  private String page(String caseType, Citizen citizen, Map<String, String> values, Model model) {
    model.addAttribute("caseType", caseType);
    model.addAttribute("fields", forms.fields(caseType));
    model.addAttribute("values", values);
    model.addAttribute("fixed", applications.applicantFields(caseType));
    return "portal/apply";
  }

  private String requireKnown(String caseType) {
    if (!forms.exists(caseType)) {
      throw new NotFoundException("没有这项服务", "There is no such service");
    }
    return caseType;
  }
}
