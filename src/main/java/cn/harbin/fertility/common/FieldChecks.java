package cn.harbin.fertility.common;

import cn.harbin.fertility.bureaus.HarbinDivision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Collects the field errors of one request. Each check names the field and says what is wrong in Chinese and
 * English; the case types' validators are built from these checks so that every intake words errors alike.
 */
public class FieldChecks {

  private final List<FieldError> errors = new ArrayList<>();
  private final LocalDate today;

  /** @param today the day that no date of birth may follow */
  public FieldChecks(LocalDate today) {
    this.today = today;
  }

  /** Checks for a request without dates of its own: identity numbers are judged against Harbin's today. */
  public FieldChecks() {
    this(LocalDate.now(TimeConfiguration.HARBIN));
  }

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
    String name = withoutOuterSpaces(value);
    if (name.length() > 60) {
      reject(field, labelZh + "不能超过60个字", labelEn + " must be at most 60 characters");
    } else if (!name.matches("[\\p{IsHan}\\p{IsLatin}0-9·•. ()（）-]+") || name.startsWith("-")
        || name.toLowerCase(Locale.ROOT).contains("www.")) {
      reject(field, labelZh + "只能包含汉字、字母、数字、间隔号、空格和括号", labelEn
          + " may contain only Chinese characters, letters, digits, the middle dot, spaces and brackets");
    }
  }

  /**
   * Text a citizen writes (an objection, what material was supplied, a certificate number): at most
   * {@code maxLength} characters, line breaks only where {@code multiLine}, and, as for names, no control or
   * invisible characters, nothing a spreadsheet takes for a formula, no markup and no links (caseworkers read it
   * in Tasklist forms, which render Markdown, and in exported files).
   *
   * @return whether the text was given and is acceptable
   */
  public boolean text(String field, String value, int maxLength, boolean multiLine, String labelZh, String labelEn) {
    if (!required(field, value, labelZh, labelEn)) {
      return false;
    }
    String text = withoutOuterSpaces(value);
    if (text.length() > maxLength) {
      reject(field, labelZh + "不能超过" + maxLength + "个字", labelEn + " must be at most " + maxLength + " characters");
      return false;
    }
    boolean invisible = text.codePoints().anyMatch(c -> (c != '\n' || !multiLine)
        && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
            || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR));
    if (invisible) {
      reject(field, labelZh + (multiLine ? "含有换行以外的控制字符或不可见字符" : "含有换行、控制字符或不可见字符"),
          labelEn + (multiLine ? " contains control or invisible characters other than line breaks"
              : " contains line breaks, control or invisible characters"));
      return false;
    }
    if (text.matches("(?s)[=+\\-@\t].*") || text.matches("(?s).*[<>\\[\\]{}`|].*")
        || text.matches("(?is).*(://|www\\.).*")) {
      reject(field, labelZh + "不能以 = + - @ 开头，不能包含 < > [ ] { } ` | 或网址",
          labelEn + " cannot start with = + - @ or contain < > [ ] { } ` | or a web address");
      return false;
    }
    return true;
  }

  /** Names and texts are stored without the spaces around them; any other character counts. */
  private static String withoutOuterSpaces(String value) {
    return value.replaceAll("^ +| +$", "");
  }

  public Optional<IdentityNumber> identityNumber(String field, String value, String labelZh, String labelEn) {
    if (!required(field, value, labelZh, labelEn)) {
      return Optional.empty();
    }
    Optional<IdentityNumber> number = IdentityNumber.parse(value);
    if (number.isEmpty()) {
      reject(field, labelZh + "不是有效的18位居民身份证号码（请核对出生日期和最后一位校验码）",
          labelEn + " is not a valid 18-character resident identity number (check the birth date and the last character)");
    } else if (!plausibleBirthDate(number.get().birthDate())) {
      reject(field, labelZh + "中的出生日期不可能（应在1900年以后、今天以前）",
          labelEn + " has an impossible birth date (after 1900 and not in the future)");
      return Optional.empty();
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

  /** A household registration outside Harbin: one of China's provinces, autonomous regions or municipalities. */
  public void province(String field, String value, String labelZh, String labelEn) {
    if (required(field, value, labelZh, labelEn) && ChineseProvinces.named(value).isEmpty()) {
      reject(field, labelZh + "须为省、自治区、直辖市或特别行政区的名称（如 吉林省），" + value + " 不是",
          labelEn + " must name a province, autonomous region, municipality or special administrative region (such as "
              + "吉林省 or Jilin); " + value + " does not");
    }
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

  /** A bank card or account number: 12 to 30 digits, in groups separated by single spaces if the applicant likes. */
  public void bankAccount(String field, String value) {
    if (required(field, value, "银行账号", "Bank account number")
        && !(value.matches("\\d+( \\d+)*") && value.replace(" ", "").matches("\\d{12,30}"))) {
      reject(field, "银行账号应为12至30位数字", "The bank account number must be 12 to 30 digits");
    }
  }

  /** Nobody alive was born before 1900, and nobody is born after today. */
  private boolean plausibleBirthDate(LocalDate date) {
    return !date.isBefore(IdentityNumber.PLAUSIBLE_BIRTH_DATES_FROM) && !date.isAfter(today);
  }

  /** A date of birth or death: not in the future, and not before 1900. */
  public void pastDate(String field, LocalDate value, String labelZh, String labelEn) {
    if (value != null && value.isAfter(today)) {
      reject(field, labelZh + "不能晚于今天", labelEn + " cannot be in the future");
    } else if (value != null && value.isBefore(IdentityNumber.PLAUSIBLE_BIRTH_DATES_FROM)) {
      reject(field, labelZh + "不能早于1900年", labelEn + " cannot be before 1900");
    }
  }

  /** A parent is born before the child: a later birth date is a typing error somewhere. */
  public void bornBefore(String field, Optional<IdentityNumber> parent, LocalDate childBirthDate, String labelZh,
      String labelEn) {
    if (parent.isPresent() && childBirthDate != null && !parent.get().birthDate().isBefore(childBirthDate)) {
      reject(field, labelZh + "的出生日期须早于子女的出生日期", labelEn + " must be born before the child");
    }
  }

  /** A list of choices: each one known, none twice (so no longer than the choices). */
  public void choices(String field, List<String> values, Collection<String> allowed, String labelZh,
      String labelEn) {
    if (values == null) {
      return;
    }
    if (values.stream().distinct().count() < values.size()) {
      reject(field, labelZh + "每项只能选一次", labelEn + ": each at most once");
      return;
    }
    for (String value : values) {
      if (value == null || !allowed.contains(value)) {
        reject(field, labelZh + "只能是 " + String.join("、", allowed) + " 之一",
            labelEn + " must be one of " + String.join(", ", allowed));
        return;
      }
    }
  }
}
