package cn.harbin.fertility.common;

/** A refusal whose message the applicant reads as it is, in Chinese and English. */
public abstract class CitizenFacingException extends RuntimeException {

  private final String messageZh;
  private final String messageEn;

  protected CitizenFacingException(String messageZh, String messageEn) {
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
