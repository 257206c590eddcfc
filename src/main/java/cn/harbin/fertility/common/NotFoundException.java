package cn.harbin.fertility.common;

/** Nothing there for this caller: also what a caller hears about a record that is not theirs. Answered with 404. */
public class NotFoundException extends RuntimeException {

  private final String messageZh;
  private final String messageEn;

  public NotFoundException(String messageZh, String messageEn) {
    super(messageEn);
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
