package cn.harbin.fertility.policy;

/** Why a claim is not eligible, in words a citizen reads, Chinese first. */
public record Ineligibility(String code, String clause, String messageZh, String messageEn) {}
