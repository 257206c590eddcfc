package cn.harbin.fertility.notifications;

import cn.harbin.fertility.common.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo profile's gateway: sends nothing, and writes each message (a sign-in code included) to the application's
 * log, where whoever runs the demo reads it. Never for production.
 */
public class DemoLogSmsGateway implements SmsGateway {

  private static final Logger LOG = LoggerFactory.getLogger(DemoLogSmsGateway.class);

  @Override
  public void send(String phone, String text) {
    LOG.info("演示短信，未真实发送 / demo SMS, not sent — to {}: {}", PhoneNumbers.masked(phone), text);
  }

  @Override
  public boolean delivers() {
    return false;
  }
}
