package cn.harbin.fertility.nursery;

import java.time.LocalDate;

/**
 * A child as a nursery reports it for a month: enrolled from a day to a day of that month.
 *
 * @param line its line in the report as CSV (the header is line 1, the first child line 2)
 */
public record EnrolledChild(int line, String idNumber, String name, LocalDate enrolledFrom, LocalDate enrolledTo) {}
