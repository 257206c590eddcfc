package cn.harbin.fertility.common;

/** What is wrong with one field of a request, in words a citizen understands: Chinese, with English. */
public record FieldError(String field, String messageZh, String messageEn) {}
