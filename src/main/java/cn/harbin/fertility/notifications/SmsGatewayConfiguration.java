package cn.harbin.fertility.notifications;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The SMS gateway that {@code harbin.sms.gateway} names, and the delivery of messages on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
@EnableScheduling
public class SmsGatewayConfiguration {

  @Bean
  SmsGateway smsGateway(SmsProperties properties) {
    switch (properties.gateway()) {
      case "demo-log":
        return new DemoLogSmsGateway();
      case "http":
        if (properties.http() == null || properties.http().url() == null
            || properties.http().url().toString().isBlank()) {
          throw new IllegalStateException("harbin.sms.gateway is http but harbin.sms.http.url (HARBIN_SMS_URL) is not "
              + "set: name the city's SMS platform, or use harbin.sms.gateway=demo-log for a demonstration");
        }
        return new HttpSmsGateway(properties.http(), properties.signature());
      default:
        throw new IllegalStateException("harbin.sms.gateway must be http or demo-log, not " + properties.gateway());
    }
  }
}
