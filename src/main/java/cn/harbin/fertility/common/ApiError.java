package cn.harbin.fertility.common;

import java.util.List;

/** The body of every 4xx answer of our APIs: what went wrong in Chinese and English, and per field where known. */
public record ApiError(String messageZh, String messageEn, List<FieldError> errors) {

  public static ApiError of(String messageZh, String messageEn) {
    return new ApiError(messageZh, messageEn, List.of());
  }
}
