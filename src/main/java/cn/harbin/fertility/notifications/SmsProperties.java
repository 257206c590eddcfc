package cn.harbin.fertility.notifications;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code harbin.sms.*}: which gateway sends SMS and how undelivered messages are retried.
 *
 * @param gateway {@code http} (the city's SMS platform, the default) or {@code demo-log} (the demo profile: only
 *     logged)
 * @param signature the sender's name the platform puts before each message
 * @param attempts how often a message is tried before it is given up (it stays on the case page)
 * @param retryAfter the wait before the first retry; it doubles with each further one
 */
@ConfigurationProperties("harbin.sms")
public record SmsProperties(
    @DefaultValue("http") String gateway,
    @DefaultValue("哈尔滨市卫生健康委员会") String signature,
    Http http,
    @DefaultValue("8") int attempts,
    @DefaultValue("1m") Duration retryAfter) {

  /** @param url the platform's send endpoint; required with gateway {@code http} */
  public record Http(URI url, String token, @DefaultValue("10s") Duration timeout) {}
}
