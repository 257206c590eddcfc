package cn.harbin.fertility.citizen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every portal page shows in its header: the signed-in citizen (masked), or nobody. */
@ControllerAdvice(assignableTypes = {PortalHomeController.class, SignInController.class, MyCasesController.class,
    ApplyController.class, NurseryReportsController.class})
class PortalModel {

  @ModelAttribute("citizen")
  Citizen citizen(@AuthenticationPrincipal Citizen citizen) {
    return citizen;
  }
}
