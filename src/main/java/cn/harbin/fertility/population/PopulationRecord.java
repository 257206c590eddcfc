package cn.harbin.fertility.population;

import java.time.LocalDate;

/** A person's household registration (户籍) as the population registry holds it (§3.1.4). */
public record PopulationRecord(
    String idNumber,
    String name,
    String divisionCode,
    String fatherIdNumber,
    String motherIdNumber,
    Integer birthOrder,
    LocalDate birthDate,
    String source) {}
