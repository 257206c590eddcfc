package cn.harbin.fertility.citizen;

import cn.harbin.fertility.bureaus.Bureau;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.TimeConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the portal's pages write times, months, money and bilingual records ({@code ${@portalFormat.time(…)}}):
 * Harbin's time, {@code 2026年11月29日 14:05} in Chinese, {@code 29 Nov 2026, 14:05} in English.
 */
@Component("portalFormat")
public class PortalFormat {

  private final MessageSource messages;

  public PortalFormat(MessageSource messages) {
    this.messages = messages;
  }

  private static final DateTimeFormatter TIME_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_ZH = DateTimeFormatter.ofPattern("yyyy年M月");
  private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  public String time(Instant instant) {
    return instant == null ? "" : (english() ? TIME_EN : TIME_ZH).format(instant.atZone(TimeConfiguration.HARBIN));
  }

  public String date(Instant instant) {
    return instant == null ? "" : (english() ? DATE_EN : DATE_ZH).format(instant.atZone(TimeConfiguration.HARBIN));
  }

  public String month(YearMonth month) {
    return month == null ? "" : (english() ? MONTH_EN : MONTH_ZH).format(month);
  }

  public String money(BigDecimal amount) {
    return amount == null ? "" : english() ? "CNY " + amount.setScale(2).toPlainString()
        : amount.setScale(2).toPlainString() + " 元";
  }

  /** The text of a record kept in both languages, in the page's language. */
  public String text(String zh, String en) {
    return PortalLocale.text(zh, en);
  }

  /** An identity number as every page shows it: {@code 2301**********123X}. */
  public String maskedId(String idNumber) {
    return IdentityNumber.parse(idNumber).map(IdentityNumber::masked).orElse("****");
  }

  public String bureau(Bureau bureau) {
    return bureau == null ? "" : text(bureau.nameZh(), bureau.nameEn());
  }

  /** A start-form field's label: the form's own (Chinese), or the bundle's {@code intake.<key>} in English. */
  public String label(IntakeForms.Field field) {
    return english() ? messages.getMessage("intake." + (field.heading() ? field.id() : field.key()), null,
        field.labelZh(), Locale.ENGLISH) : field.labelZh();
  }

  public String choice(IntakeForms.Field field, IntakeForms.Choice choice) {
    return english() ? messages.getMessage("intake." + field.key() + "." + choice.value(), null, choice.labelZh(),
        Locale.ENGLISH) : choice.labelZh();
  }

  private static boolean english() {
    return "en".equals(LocaleContextHolder.getLocale().getLanguage());
  }
}
