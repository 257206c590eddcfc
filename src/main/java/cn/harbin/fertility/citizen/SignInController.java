package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's sign-in: identity number and mobile number, then the SMS code. The person a code was sent for is
 * kept in the session until the code is entered, so that a code only works in the browser that asked for it.
 */
@Controller
class SignInController {

  private static final String PENDING = SignInController.class.getName() + ".pending";

  private final CitizenSignIn signIn;
  private final HttpSessionSecurityContextRepository citizenSessions;

  SignInController(CitizenSignIn signIn, HttpSessionSecurityContextRepository citizenSessions) {
    this.signIn = signIn;
    this.citizenSessions = citizenSessions;
  }

  @GetMapping("/portal/sign-in")
  String form() {
    return "portal/sign-in";
  }

  /** The code page is only ever the answer to a request for a code; reloaded, it starts over. */
  @GetMapping("/portal/sign-in/code")
  String startOver() {
    return "redirect:/portal/sign-in";
  }

  @PostMapping("/portal/sign-in/code")
  String sendCode(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    try {
      Citizen person = signIn.sendCode(idNumber, phone, request.getRemoteAddr());
      request.getSession().setAttribute(PENDING, person);
      return codePage(person, model);
    } catch (InvalidRequestException invalid) {
      model.addAttribute("idNumber", idNumber);
      model.addAttribute("phone", phone);
      PageErrors.addTo(model, invalid.errors());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "portal/sign-in";
    }
  }

  @PostMapping("/portal/sign-in")
  String signIn(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    HttpSession session = request.getSession(false);
    Citizen pending = session == null ? null : (Citizen) session.getAttribute(PENDING);
    Optional<Citizen> citizen = pending == null ? Optional.empty()
        : signIn.signIn(pending.idNumber(), pending.phone(), code, request.getRemoteAddr());
    if (citizen.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      model.addAttribute("failed", true);
      return pending == null ? "portal/sign-in" : codePage(pending, model);
    }
    session.removeAttribute(PENDING);
    CitizenPortalSecurity.signIn(citizen.get(), request, response, citizenSessions);
    return "redirect:/portal/applications";
  }

  private String codePage(Citizen person, Model model) {
    model.addAttribute("maskedPhone", person.maskedPhone());
    model.addAttribute("demoGateway", !signIn.smsDelivered());
    model.addAttribute("validMinutes", signIn.codeValidityMinutes());
    return "portal/sign-in-code";
  }
}
