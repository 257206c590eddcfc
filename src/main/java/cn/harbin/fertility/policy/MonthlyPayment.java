package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The amount owed for one calendar month, in CNY with scale 2. */
public record MonthlyPayment(YearMonth month, BigDecimal amount) {}
