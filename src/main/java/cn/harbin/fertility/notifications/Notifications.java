package cn.harbin.fertility.notifications;

import cn.harbin.fertility.common.MultiRowInsert;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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

  private final JdbcTemplate jdbc;
  private final JdbcClient client;
  private final Clock clock;
  private final MessageSource messages;

  public Notifications(JdbcTemplate jdbc, Clock clock, MessageSource messages) {
    this.jdbc = jdbc;
    this.client = JdbcClient.create(jdbc);
    this.clock = clock;
    this.messages = messages;
  }

  /** A message of the bundles ({@code messages_zh}, {@code messages_en}) under {@code key}, in both languages. */
  public void sendMessage(String applicationNumber, String key, Object... arguments) {
    sendMessages(List.of(new Message(applicationNumber, key, arguments)));
  }

  public void send(String applicationNumber, String messageZh, String messageEn) {
    insert(List.of(new Text(applicationNumber, messageZh, messageEn)));
  }

  /** One message of the bundles for a case, as {@link #sendMessage} takes it. */
  public record Message(String applicationNumber, String key, Object... arguments) {}

  /** {@link #sendMessage} for many cases at once (a payment run's payees): a few statements, however many. */
  public void sendMessages(List<Message> batch) {
    insert(batch.stream().map(message -> new Text(message.applicationNumber(),
        messages.getMessage(message.key(), message.arguments(), Locale.SIMPLIFIED_CHINESE),
        messages.getMessage(message.key(), message.arguments(), Locale.ENGLISH))).toList());
  }

  private record Text(String applicationNumber, String zh, String en) {}

  private static final String INSERT_INTO = """
      INSERT INTO notification (id, application_number, message_zh, message_en, created_at, phone, delivery,
        next_attempt_at)""";
  /** Each row's id from the sequence as it is written: no round trip for the numbers first. */
  private static final String ROW = "(nextval('notification_seq'), ?, ?, ?, ?, ?, ?, ?)";
  /** Messages a statement: 7,000 placeholders to insert them, 1,000 to look up their phones; well within limits. */
  private static final int ROWS_A_STATEMENT = 1_000;

  /** Each text to the applicant's phone on record (none: shown on the case page only), in a few statements. */
  private void insert(List<Text> texts) {
    if (texts.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(clock.instant());
    for (int from = 0; from < texts.size(); from += ROWS_A_STATEMENT) {
      List<Text> part = texts.subList(from, Math.min(texts.size(), from + ROWS_A_STATEMENT));
      Map<String, String> phones = new HashMap<>();
      client.sql("""
              SELECT p.application_number, p.phone FROM case_party p
                JOIN application a ON a.application_number = p.application_number
                  AND p.id_number = a.applicant_id_number
              WHERE a.application_number IN (:numbers)""")
          .param("numbers", part.stream().map(Text::applicationNumber).distinct().toList())
          .query((RowCallbackHandler) row -> phones.putIfAbsent(row.getString(1), row.getString(2)));
      List<Object> values = new ArrayList<>();
      for (Text text : part) {
        String phone = phones.get(text.applicationNumber());
        values.addAll(Arrays.asList(text.applicationNumber(), text.zh(), text.en(), now, phone,
            (phone == null ? Delivery.NONE : Delivery.PENDING).name(), now));
      }
      jdbc.update(MultiRowInsert.of(INSERT_INTO, ROW, part.size()), values.toArray());
    }
  }

  public List<Notification> of(String applicationNumber) {
    return client.sql("""
            SELECT created_at, message_zh, message_en, delivery FROM notification
            WHERE application_number = :number ORDER BY id""")
        .param("number", applicationNumber)
        .query((row, n) -> new Notification(row.getTimestamp("created_at").toInstant(), row.getString("message_zh"),
            row.getString("message_en"), Delivery.valueOf(row.getString("delivery"))))
        .list();
  }
}
