package cn.harbin.fertility.common;

/** Signed in, but this is not the caller's to see: a staff member outside the bureaus of a case. Answered with 403. */
public class ForbiddenException extends CitizenFacingException {

  public ForbiddenException(String messageZh, String messageEn) {
    super(messageZh, messageEn);
  }
}
