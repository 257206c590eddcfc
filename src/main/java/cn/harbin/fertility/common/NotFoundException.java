package cn.harbin.fertility.common;

/** Nothing there for this caller: also what a caller hears about a record that is not theirs. Answered with 404. */
public class NotFoundException extends CitizenFacingException {

  public NotFoundException(String messageZh, String messageEn) {
    super(messageZh, messageEn);
  }
}
