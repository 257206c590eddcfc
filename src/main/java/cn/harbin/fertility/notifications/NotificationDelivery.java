package cn.harbin.fertility.notifications;

import cn.harbin.fertility.common.PhoneNumbers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the recorded messages by SMS after their transaction committed, so that a slow or broken gateway never holds
 * up or rolls back a case. A message is taken by one node at a time (its next attempt moved forward before sending);
 * a failed one is tried again after a wait that doubles each time, and given up after the configured attempts.
 */
@Component
public class NotificationDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
  private static final int PAGE = 50;
  /** How long a node has to send a message it took before another node may take it. */
  private static final Duration LEASE = Duration.ofMinutes(2);

  private record Due(long id, String phone, String text, int attempts) {}

  private final JdbcClient jdbc;
  private final SmsGateway gateway;
  private final SmsProperties properties;
  private final Clock clock;

  public NotificationDelivery(JdbcClient jdbc, SmsGateway gateway, SmsProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.gateway = gateway;
    this.properties = properties;
    this.clock = clock;
  }

  /** One pass over every message due now, oldest first, in pages; each is tried at most once per pass. */
  @Scheduled(fixedDelayString = "${harbin.sms.delivery-interval:5s}", initialDelayString = "${harbin.sms.delivery-interval:5s}")
  public void deliverDue() {
    Timestamp now = Timestamp.from(clock.instant());
    long after = 0;
    List<Due> page;
    do {
      page = jdbc.sql("""
              SELECT id, phone, message_zh, delivery_attempts FROM notification
              WHERE delivery = 'PENDING' AND next_attempt_at <= :now AND id > :after
              ORDER BY id FETCH FIRST %d ROWS ONLY""".formatted(PAGE))
          .param("now", now).param("after", after)
          .query((row, n) -> new Due(row.getLong("id"), row.getString("phone"), row.getString("message_zh"),
              row.getInt("delivery_attempts")))
          .list();
      page.stream().filter(this::take).forEach(this::deliver);
      after = page.isEmpty() ? after : page.get(page.size() - 1).id();
    } while (page.size() == PAGE);
  }

  private boolean take(Due message) {
    return jdbc.sql("""
            UPDATE notification SET next_attempt_at = :leaseEnds
            WHERE id = :id AND delivery = 'PENDING' AND delivery_attempts = :attempts""")
        .param("leaseEnds", Timestamp.from(clock.instant().plus(LEASE))).param("id", message.id())
        .param("attempts", message.attempts()).update() == 1;
  }

  private void deliver(Due message) {
    int attempts = message.attempts() + 1;
    try {
      gateway.send(message.phone(), message.text());
      jdbc.sql("UPDATE notification SET delivery = 'SENT', delivery_attempts = :attempts, delivered_at = :at WHERE id = :id")
          .param("attempts", attempts).param("at", Timestamp.from(clock.instant())).param("id", message.id()).update();
    } catch (RuntimeException failed) {
      boolean givenUp = attempts >= properties.attempts();
      Instant next = clock.instant().plus(properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16)));
      LOG.warn("SMS {} to {} not sent (attempt {}{}): {}", message.id(), PhoneNumbers.masked(message.phone()), attempts,
          givenUp ? ", given up" : "", failed.getMessage());
      jdbc.sql("""
              UPDATE notification SET delivery = :delivery, delivery_attempts = :attempts, next_attempt_at = :next
              WHERE id = :id""")
          .param("delivery", (givenUp ? Notifications.Delivery.FAILED : Notifications.Delivery.PENDING).name())
          .param("attempts", attempts).param("next", Timestamp.from(next)).param("id", message.id()).update();
    }
  }
}
