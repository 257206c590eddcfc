package cn.harbin.fertility.notifications;

import cn.harbin.fertility.common.Sequences;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages a case sends its applicant: recorded in the transaction of the change they report, shown on the case
 * page, and sent by SMS to the applicant's phone on record once committed ({@link NotificationDelivery}).
 */
@Repository
public class Notifications {

  public enum Delivery {
    /** Waiting to be sent, or to be tried again. */
    PENDING,
    SENT,
    /** Given up after the configured attempts; still shown on the case page. */
    FAILED,
    /** Not sent by SMS: recorded before SMS existed, or no phone on record. */
    NONE
  }

  public record Notification(Instant createdAt, String messageZh, String messageEn, Delivery delivery) {}

  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final Clock clock;
  private final MessageSource messages;

  public Notifications(JdbcClient jdbc, Sequences sequences, Clock clock, MessageSource messages) {
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.clock = clock;
    this.messages = messages;
  }

  /** A message of the bundles ({@code messages_zh}, {@code messages_en}) under {@code key}, in both languages. */
  public void sendMessage(String applicationNumber, String key, Object... arguments) {
    send(applicationNumber, messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage(key, arguments, Locale.ENGLISH));
  }

  public void send(String applicationNumber, String messageZh, String messageEn) {
    String phone = jdbc.sql("""
            SELECT p.phone FROM case_party p JOIN application a ON a.application_number = p.application_number
            WHERE a.application_number = :number AND p.id_number = a.applicant_id_number""")
        .param("number", applicationNumber).query(String.class).list().stream().findFirst().orElse(null);
    Instant now = clock.instant();
    jdbc.sql("""
            INSERT INTO notification (id, application_number, message_zh, message_en, created_at, phone, delivery,
              next_attempt_at)
            VALUES (:id, :number, :zh, :en, :at, :phone, :delivery, :at)""")
        .param("id", sequences.next("notification_seq")).param("number", applicationNumber)
        .param("zh", messageZh).param("en", messageEn).param("at", Timestamp.from(now)).param("phone", phone)
        .param("delivery", (phone == null ? Delivery.NONE : Delivery.PENDING).name()).update();
  }

  public List<Notification> of(String applicationNumber) {
    return jdbc.sql("""
            SELECT created_at, message_zh, message_en, delivery FROM notification
            WHERE application_number = :number ORDER BY id""")
        .param("number", applicationNumber)
        .query((row, n) -> new Notification(row.getTimestamp("created_at").toInstant(), row.getString("message_zh"),
            row.getString("message_en"), Delivery.valueOf(row.getString("delivery"))))
        .list();
  }
}
