package cn.harbin.fertility.policy;

import java.time.LocalDate;

/** What the childcare subsidy rules need to know of a claim. */
public record ChildcareSubsidyClaim(LocalDate childBirthDate, int birthOrder, LocalDate applicationDate) {}
