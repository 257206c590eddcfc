package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The counter start form's fields as an application: the applicant, two parent slots, three child slots (the schemes
 * of §3.5 concern families with one or two children; a family with more is not eligible and says so in the third
 * slot) and a checkbox per service.
 */
final class CounterApplication {

  private static final List<String> SERVICES = List.of("PRIORITY_HOUSING", "ELDERLY_CARE_ADMISSION",
      "MEDICAL_GREEN_CHANNEL", "NURSING_INSURANCE", "CARE_VISITS");

  private CounterApplication() {}

  static SpecialFamilyApplication from(Map<String, Object> form) {
    try {
      return read(form);
    } catch (RuntimeException unreadable) {
      throw new InvalidRequestException(List.of(new FieldError("form", "表单中有无法识别的日期或数字，请检查后重新提交",
          "The form has a date or number that cannot be read; check it and submit again")));
    }
  }

  private static SpecialFamilyApplication read(Map<String, Object> form) {
    List<SpecialFamilyApplication.ParentEntry> parents = new ArrayList<>();
    for (int slot = 1; slot <= 2; slot++) {
      String name = text(form, "parent" + slot + "Name");
      String id = text(form, "parent" + slot + "IdNumber");
      if (name != null || id != null) {
        parents.add(new SpecialFamilyApplication.ParentEntry(name, id, text(form, "parent" + slot + "Dependency")));
      }
    }
    List<SpecialFamilyApplication.ChildEntry> children = new ArrayList<>();
    for (int slot = 1; slot <= 3; slot++) {
      String name = text(form, "child" + slot + "Name");
      if (name == null) {
        continue;
      }
      String birth = text(form, "child" + slot + "BirthDate");
      Object grade = form.get("child" + slot + "DisabilityGrade");
      children.add(new SpecialFamilyApplication.ChildEntry(name, text(form, "child" + slot + "IdNumber"),
          birth == null ? null : LocalDate.parse(birth.substring(0, 10)), text(form, "child" + slot + "Sex"),
          !Boolean.TRUE.equals(form.get("child" + slot + "Deceased")),
          grade == null || grade.toString().isBlank() ? null : (int) Double.parseDouble(grade.toString()),
          Boolean.TRUE.equals(form.get("child" + slot + "Adopted"))));
    }
    List<String> services = SERVICES.stream().filter(service -> Boolean.TRUE.equals(form.get("service" + service)))
        .toList();
    return new SpecialFamilyApplication(text(form, "applicantName"), text(form, "applicantIdNumber"),
        text(form, "applicantPhone"), text(form, "divisionCode"), text(form, "household"), parents, children, services,
        text(form, "bankName"), text(form, "bankAccount"));
  }

  private static String text(Map<String, Object> form, String key) {
    Object value = form.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
