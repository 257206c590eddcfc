package cn.harbin.fertility.notifications;

/** The SMS gateway did not take a message; the caller tries again later or tells the citizen. */
public class SmsNotSentException extends RuntimeException {

  public SmsNotSentException(String message, Throwable cause) {
    super(message, cause);
  }

  public SmsNotSentException(String message) {
    super(message);
  }
}
