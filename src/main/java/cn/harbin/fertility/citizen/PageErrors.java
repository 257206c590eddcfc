package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.ui.Model;

/**
 * Field errors as a portal page shows them: summarised at the top (each linking to its field) and next to the field,
 * in the page's language.
 *
 * @param byField the message per form field, in the order found
 */
record PageErrors(Map<String, String> byField) {

  static void addTo(Model model, List<FieldError> errors, UnaryOperator<String> formField) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldError error : errors) {
      byField.merge(formField.apply(error.field()), PortalLocale.text(error.messageZh(), error.messageEn()),
          (first, next) -> first + " " + next);
    }
    model.addAttribute("errors", new PageErrors(byField));
  }

  static void addTo(Model model, List<FieldError> errors) {
    addTo(model, errors, UnaryOperator.identity());
  }
}
