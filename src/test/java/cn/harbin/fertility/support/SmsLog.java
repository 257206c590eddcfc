package cn.harbin.fertility.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.harbin.fertility.common.PhoneNumbers;
import cn.harbin.fertility.notifications.DemoLogSmsGateway;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The demo SMS gateway's log, read as whoever runs the demo reads it: the messages it "sent", and the sign-in code
 * in the last one to a phone. Attach before the messages are sent; detach afterwards.
 */
public final class SmsLog implements AutoCloseable {

  private static final Pattern CODE = Pattern.compile("验证码为 (\\d{6})");

  private final Logger logger = (Logger) LoggerFactory.getLogger(DemoLogSmsGateway.class);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public SmsLog() {
    appender.start();
    logger.addAppender(appender);
  }

  /** The messages logged for the phone (shown masked in the log), oldest first. */
  public List<String> to(String phone) {
    String masked = "to " + PhoneNumbers.masked(phone) + ": ";
    // The appender adds under its own lock (AppenderBase.doAppend), from whichever thread sends.
    synchronized (appender) {
      return appender.list.stream().map(ILoggingEvent::getFormattedMessage).filter(line -> line.contains(masked))
          .map(line -> line.substring(line.indexOf(masked) + masked.length())).toList();
    }
  }

  /** The code of the last sign-in message to the phone. */
  public String lastCodeTo(String phone) {
    List<String> messages = to(phone);
    for (int i = messages.size() - 1; i >= 0; i--) {
      Matcher code = CODE.matcher(messages.get(i));
      if (code.find()) {
        return code.group(1);
      }
    }
    throw new AssertionError("no sign-in code was logged for " + PhoneNumbers.masked(phone));
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
  }
}
