package cn.harbin.fertility.common;

import java.util.UUID;

/** The number an error answer quotes and the log records it under, so that support can find the details. */
public final class ErrorIds {

  private ErrorIds() {}

  public static String next() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
