package cn.harbin.fertility.marriagebirth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The civil affairs counter's start form fields as an application: two partner slots, a checkbox per service. */
final class CounterApplication {

  private CounterApplication() {}

  static MarriageBirthApplication from(Map<String, Object> form) {
    List<MarriageBirthApplication.Partner> partners = new ArrayList<>();
    for (int slot = 1; slot <= 2; slot++) {
      partners.add(new MarriageBirthApplication.Partner(text(form, "partner" + slot + "Name"),
          text(form, "partner" + slot + "IdNumber"), text(form, "partner" + slot + "Phone"),
          text(form, "partner" + slot + "DivisionCode"), text(form, "partner" + slot + "Province")));
    }
    List<String> services = new ArrayList<>();
    for (MarriageBirthApplication.Service service : MarriageBirthApplication.Service.values()) {
      if (Boolean.TRUE.equals(form.get(MarriageBirthIntake.variable(service)))) {
        services.add(service.name());
      }
    }
    Object order = form.get("plannedChildOrder");
    Integer plannedChildOrder = null;
    if (order != null && !order.toString().isBlank()) {
      try {
        plannedChildOrder = (int) Double.parseDouble(order.toString());
      } catch (NumberFormatException notANumber) {
        plannedChildOrder = 0;
      }
    }
    return new MarriageBirthApplication(partners, Boolean.TRUE.equals(form.get("alreadyMarried")),
        text(form, "marriageCertificateNumber"), services, plannedChildOrder);
  }

  private static String text(Map<String, Object> form, String key) {
    Object value = form.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
