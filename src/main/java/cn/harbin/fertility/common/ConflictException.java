package cn.harbin.fertility.common;

/** The request contradicts what is already on record (a second live claim, say). Answered with 409. */
public class ConflictException extends CitizenFacingException {

  public ConflictException(String messageZh, String messageEn) {
    super(messageZh, messageEn);
  }
}
