package cn.harbin.fertility.citizen;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home page: each service, who it is for, what it pays, what to bring, with its clause. */
@Controller
class PortalHomeController {

  /** The services a citizen can apply for online, in the order the home page lists them. */
  static final List<String> SERVICES = List.of("birth-one-thing", "childcare-subsidy", "special-family-assistance",
      "marriage-birth-one-stop");

  @GetMapping({"/portal", "/portal/"})
  String home(Model model) {
    model.addAttribute("services", SERVICES);
    return "portal/home";
  }
}
