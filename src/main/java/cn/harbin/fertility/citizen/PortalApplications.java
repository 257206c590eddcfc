package cn.harbin.fertility.citizen;

import cn.harbin.fertility.birthonething.BirthOneThingApplication;
import cn.harbin.fertility.birthonething.BirthOneThingIntake;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyApplication;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.common.ApplicationRecord;
import cn.harbin.fertility.common.ApplicationRecords;
import cn.harbin.fertility.common.CaseIntake;
import cn.harbin.fertility.marriagebirth.MarriageBirthApplication;
import cn.harbin.fertility.marriagebirth.MarriageBirthIntake;
import cn.harbin.fertility.specialfamily.SpecialFamilyApplication;
import cn.harbin.fertility.specialfamily.SpecialFamilyIntake;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Applications from the portal: the start form's fields go to the same intake as the public API and the counter, so
 * that every channel is checked in one place. The signed-in citizen is the applicant: their identity number and
 * verified phone fill the applicant's fields, whatever the form sent.
 */
@Service
public class PortalApplications {

  /** Which fields are the applicant's identity number and phone, per case type. */
  private static final Map<String, List<String>> APPLICANT_FIELDS = Map.of(
      ChildcareSubsidyIntake.PROCESS_KEY, List.of("applicantIdNumber", "applicantPhone"),
      SpecialFamilyIntake.PROCESS_KEY, List.of("applicantIdNumber", "applicantPhone"),
      MarriageBirthIntake.PROCESS_KEY, List.of("partner1IdNumber", "partner1Phone"),
      BirthOneThingIntake.PROCESS_KEY, List.of("applicantIdNumber", "applicantPhone"));
  private static final Map<String, String> APPLICANT_NAME_FIELDS = Map.of(
      ChildcareSubsidyIntake.PROCESS_KEY, "applicantName",
      SpecialFamilyIntake.PROCESS_KEY, "applicantName",
      MarriageBirthIntake.PROCESS_KEY, "partner1Name",
      BirthOneThingIntake.PROCESS_KEY, "applicantName");
  private static final Map<String, String> DIVISION_FIELDS = Map.of(
      ChildcareSubsidyIntake.PROCESS_KEY, "divisionCode",
      SpecialFamilyIntake.PROCESS_KEY, "divisionCode",
      MarriageBirthIntake.PROCESS_KEY, "partner1DivisionCode",
      BirthOneThingIntake.PROCESS_KEY, "divisionCode");
  /** {@code parents[0].idNumber} → slot of the first filled parent, field {@code IdNumber}. */
  private static final Pattern LIST_FIELD = Pattern.compile("(parents|children|partners)\\[(\\d+)]\\.(\\w+)");

  private final ChildcareSubsidyIntake childcareSubsidy;
  private final SpecialFamilyIntake specialFamily;
  private final MarriageBirthIntake marriageBirth;
  private final BirthOneThingIntake birthOneThing;
  private final ApplicationRecords records;

  public PortalApplications(ChildcareSubsidyIntake childcareSubsidy, SpecialFamilyIntake specialFamily,
      MarriageBirthIntake marriageBirth, BirthOneThingIntake birthOneThing, ApplicationRecords records) {
    this.childcareSubsidy = childcareSubsidy;
    this.specialFamily = specialFamily;
    this.marriageBirth = marriageBirth;
    this.birthOneThing = birthOneThing;
    this.records = records;
  }

  /** The fields the citizen cannot change: their own identity number and phone. */
  public List<String> applicantFields(String caseType) {
    return APPLICANT_FIELDS.get(caseType);
  }

  /**
   * @throws cn.harbin.fertility.common.InvalidRequestException per field (named by the API's JSON paths)
   * @throws cn.harbin.fertility.common.ConflictException when a subject already has a live claim
   */
  public CaseIntake.Submission submit(String caseType, Citizen citizen, Map<String, String> fields) {
    Map<String, Object> form = formValues(caseType, citizen, fields);
    switch (caseType) {
      case ChildcareSubsidyIntake.PROCESS_KEY:
        return childcareSubsidy.submitOnline(ChildcareSubsidyApplication.fromVariables(form));
      case SpecialFamilyIntake.PROCESS_KEY:
        return specialFamily.submitOnline(SpecialFamilyApplication.fromForm(form));
      case MarriageBirthIntake.PROCESS_KEY:
        return marriageBirth.submitOnline(MarriageBirthApplication.fromForm(form));
      case BirthOneThingIntake.PROCESS_KEY:
        return birthOneThing.submitOnline(BirthOneThingApplication.fromVariables(form));
      default:
        throw new IllegalArgumentException("no portal application for " + caseType);
    }
  }

  /** What the form starts with: the citizen's own numbers, and the name and division of their latest case. */
  public Map<String, String> prefilled(String caseType, Citizen citizen) {
    Map<String, String> values = new HashMap<>();
    List<ApplicationRecord> own = records.ofParty(citizen.idNumber(), citizen.phone());
    own.stream().filter(record -> record.applicantIdNumber().equals(citizen.idNumber())).findFirst()
        .ifPresent(latest -> {
          values.put(APPLICANT_NAME_FIELDS.get(caseType), latest.applicantName());
          values.put(DIVISION_FIELDS.get(caseType), latest.divisionCode());
        });
    values.putAll(applicantValues(caseType, citizen));
    return values;
  }

  /**
   * The form field an intake error belongs to: the same name, or for list entries the slot it came from, e.g.
   * {@code parents[0].idNumber} → {@code parent2IdNumber} when the first parent slot was left empty.
   */
  public static String formField(String errorField, Map<String, String> fields) {
    Matcher entry = LIST_FIELD.matcher(errorField);
    if (!entry.matches()) {
      return errorField;
    }
    String list = entry.group(1);
    int index = Integer.parseInt(entry.group(2));
    String property = Character.toUpperCase(entry.group(3).charAt(0)) + entry.group(3).substring(1);
    if (list.equals("partners")) {
      return "partner" + (index + 1) + property;
    }
    String slotPrefix = list.equals("parents") ? "parent" : "child";
    int filled = -1;
    for (int slot = 1; slot <= 3; slot++) {
      boolean used = list.equals("parents")
          ? !blank(fields.get("parent" + slot + "Name")) || !blank(fields.get("parent" + slot + "IdNumber"))
          : !blank(fields.get("child" + slot + "Name"));
      if (used && ++filled == index) {
        return slotPrefix + slot + property;
      }
    }
    return list;
  }

  private Map<String, Object> formValues(String caseType, Citizen citizen, Map<String, String> fields) {
    Map<String, Object> form = new LinkedHashMap<>();
    fields.forEach((key, value) -> form.put(key, "true".equals(value) ? Boolean.TRUE : value));
    form.putAll(applicantValues(caseType, citizen));
    return form;
  }

  /** The citizen's own identity number and phone under the case type's applicant fields. */
  static Map<String, String> applicantValues(String caseType, Citizen citizen) {
    List<String> keys = APPLICANT_FIELDS.get(caseType);
    return Map.of(keys.get(0), citizen.idNumber(), keys.get(1), citizen.phone());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
