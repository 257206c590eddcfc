package cn.harbin.fertility.common;

/** The request contradicts what is already on record (a second live claim, say). Answered with 409. */
public class ConflictException extends RuntimeException {

  private final String messageZh;
  private final String messageEn;

  public ConflictException(String messageZh, String messageEn) {
    super(messageZh + " / " + messageEn);
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  public String messageZh() {
    return messageZh;
  }

  public String messageEn() {
    return messageEn;
  }
}
