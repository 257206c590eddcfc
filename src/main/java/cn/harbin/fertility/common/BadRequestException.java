package cn.harbin.fertility.common;

/** A request that cannot be answered as asked (not a form to correct field by field): 400 with its message. */
public class BadRequestException extends CitizenFacingException {

  public BadRequestException(String messageZh, String messageEn) {
    super(messageZh, messageEn);
  }
}
