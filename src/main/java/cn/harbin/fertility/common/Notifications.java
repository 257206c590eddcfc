package cn.harbin.fertility.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages a case sends its applicant, kept as the applicant's inbox that the status API shows. An SMS or
 * government-app gateway, where a city has one, delivers from this table.
 */
@Repository
public class Notifications {

  public record Notification(Instant createdAt, String messageZh, String messageEn) {}

  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final Clock clock;

  public Notifications(JdbcClient jdbc, Sequences sequences, Clock clock) {
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.clock = clock;
  }

  public void send(String applicationNumber, String messageZh, String messageEn) {
    jdbc.sql("""
            INSERT INTO notification (id, application_number, message_zh, message_en, created_at)
            VALUES (:id, :number, :zh, :en, :at)""")
        .param("id", sequences.next("notification_seq")).param("number", applicationNumber)
        .param("zh", messageZh).param("en", messageEn).param("at", Timestamp.from(clock.instant())).update();
  }

  public List<Notification> of(String applicationNumber) {
    return jdbc.sql("SELECT created_at, message_zh, message_en FROM notification WHERE application_number = :number ORDER BY id")
        .param("number", applicationNumber)
        .query((row, n) -> new Notification(row.getTimestamp("created_at").toInstant(), row.getString("message_zh"),
            row.getString("message_en")))
        .list();
  }
}
