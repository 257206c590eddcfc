package cn.harbin.fertility.notifications;

/**
 * The one way out to citizens' phones: sign-in codes and the messages of their cases. {@link HttpSmsGateway} posts
 * to the city's SMS platform; {@link DemoLogSmsGateway} only writes the message to the log.
 */
public interface SmsGateway {

  /**
   * @param phone an 11-digit mobile number
   * @throws SmsNotSentException when the gateway did not take the message
   */
  void send(String phone, String text);

  /** Whether messages really leave the system (false for the demo gateway, whose messages are only logged). */
  boolean delivers();
}
