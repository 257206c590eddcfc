package cn.harbin.fertility.common;

import cn.harbin.fertility.bureaus.HarbinDivision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Collects the field errors of one request. Each check names the field and says what is wrong in Chinese and
 * English; the case types' validators are built from these checks so that every intake words errors alike.
 */
public class FieldChecks {

  private final List<FieldError> errors = new ArrayList<>();

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  public void reject(String field, String messageZh, String messageEn) {
    errors.add(new FieldError(field, messageZh, messageEn));
  }

  public boolean required(String field, Object value, String labelZh, String labelEn) {
    if (value == null || value instanceof String text && text.isBlank()) {
      reject(field, "请填写" + labelZh, labelEn + " is required");
      return false;
    }
    return true;
  }

  /**
   * A person's or a bank's name: Chinese characters, Latin letters, digits, spaces, the middle dot of
   * minority names and brackets, at most 60. Nothing that a spreadsheet or Markdown would take for a formula or a
   * link (bank files are opened in Excel, task forms render Markdown).
   */
  public void name(String field, String value, String labelZh, String labelEn) {
    if (!required(field, value, labelZh, labelEn)) {
      return;
    }
    String name = value.strip();
    if (name.length() > 60) {
      reject(field, labelZh + "不能超过60个字", labelEn + " must be at most 60 characters");
    } else if (!name.matches("[\\p{IsHan}\\p{IsLatin}0-9·•. ()（）-]+") || name.startsWith("-")) {
      reject(field, labelZh + "只能包含汉字、字母、数字、间隔号、空格和括号", labelEn
          + " may contain only Chinese characters, letters, digits, the middle dot, spaces and brackets");
    }
  }

  public Optional<IdentityNumber> identityNumber(String field, String value, String labelZh, String labelEn) {
    if (!required(field, value, labelZh, labelEn)) {
      return Optional.empty();
    }
    Optional<IdentityNumber> number = IdentityNumber.parse(value);
    if (number.isEmpty()) {
      reject(field, labelZh + "不是有效的18位居民身份证号码（请核对出生日期和最后一位校验码）",
          labelEn + " is not a valid 18-character resident identity number (check the birth date and the last character)");
    }
    return number;
  }

  public Optional<HarbinDivision> harbinDivision(String field, String value) {
    if (!required(field, value, "户籍所在区县（市）", "Household-registration division")) {
      return Optional.empty();
    }
    Optional<HarbinDivision> division = HarbinDivision.ofCode(value.strip());
    if (division.isEmpty()) {
      reject(field, "户籍所在地须为哈尔滨市所辖18个区、县（市）之一，" + value + " 不是",
          "The household registration must be in one of Harbin's 18 divisions; " + value + " is not one");
    }
    return division;
  }

  /** The applicant's name, identity number and mobile phone, as every application has them. */
  public Optional<IdentityNumber> applicant(String name, String idNumber, String phone) {
    name("applicantName", name, "申请人姓名", "Applicant's name");
    Optional<IdentityNumber> applicant = identityNumber("applicantIdNumber", idNumber, "申请人身份证号码",
        "Applicant's identity number");
    mobilePhone("applicantPhone", phone);
    return applicant;
  }

  /** One of a few codes, e.g. URBAN or RURAL. */
  public void oneOf(String field, String value, Collection<String> allowed, String labelZh, String labelEn,
      String choicesZh, String choicesEn) {
    if (required(field, value, labelZh, labelEn) && !allowed.contains(value.strip())) {
      reject(field, labelZh + "应为" + choicesZh, labelEn + " must be " + choicesEn);
    }
  }

  /** A mainland mobile number: 11 digits starting with 1. */
  public void mobilePhone(String field, String value) {
    if (required(field, value, "手机号码", "Mobile phone number") && !value.strip().matches("1[3-9]\\d{9}")) {
      reject(field, "手机号码应为以1开头的11位数字", "The mobile phone number must be 11 digits starting with 1");
    }
  }

  /** A bank card or account number: 12 to 30 digits. */
  public void bankAccount(String field, String value) {
    if (required(field, value, "银行账号", "Bank account number")
        && !value.strip().replace(" ", "").matches("\\d{12,30}")) {
      reject(field, "银行账号应为12至30位数字", "The bank account number must be 12 to 30 digits");
    }
  }

  public void notInFuture(String field, LocalDate value, LocalDate today, String labelZh, String labelEn) {
    if (value != null && value.isAfter(today)) {
      reject(field, labelZh + "不能晚于今天", labelEn + " cannot be in the future");
    }
  }
}
