package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one period of an entitlement owes: the value of the dated parameter that prices it (its rate), in force in
 * that month, on its last day, as {@link ChildcareSubsidyRules} prices a month. The plan leaves the amounts to "the
 * rules in force" (CLAUSES.md "Figures the text does not give"), so a value the operator adds reaches every
 * entitlement priced by that rate from its date, not only those granted after it. A rate is named
 * {@code scheme/parameter}.
 */
public final class DatedRates {

  /** The months from {@code first} to {@code last} (open when null) owe {@code amount} each. */
  public record Span(YearMonth first, YearMonth last, BigDecimal amount) {}

  private final PolicyParameterSource source;
  private final Map<String, NavigableMap<LocalDate, BigDecimal>> read = new HashMap<>();
  private final Map<String, String> pricings = new HashMap<>();

  public DatedRates(PolicyParameterSource source) {
    this.source = source;
  }

  public static String rate(String scheme, String parameter) {
    return scheme + "/" + parameter;
  }

  /** Empty while no value of the rate is in force that month (the city has not set its standard yet). */
  public Optional<BigDecimal> amountFor(String rate, YearMonth period) {
    return Optional.ofNullable(values(rate).floorEntry(period.atEndOfMonth())).map(Map.Entry::getValue);
  }

  /**
   * The rate's values as months: a value from a day prices the month that day falls in (its last day is on or after
   * it) until the month before the next value's.
   */
  public List<Span> spans(String rate) {
    List<Span> spans = new ArrayList<>();
    List<Map.Entry<LocalDate, BigDecimal>> values = List.copyOf(values(rate).entrySet());
    for (int i = 0; i < values.size(); i++) {
      YearMonth next = i + 1 < values.size() ? YearMonth.from(values.get(i + 1).getKey()) : null;
      YearMonth first = YearMonth.from(values.get(i).getKey());
      if (next == null || next.isAfter(first)) {
        spans.add(new Span(first, next == null ? null : next.minusMonths(1), values.get(i).getValue()));
      }
    }
    return spans;
  }

  /**
   * The rate's values in one line ({@code 2022-11-29=500.00;2027-01-01=800.00}): an entitlement keeps the line it was
   * priced with, so that a later line tells its unpaid periods are to be priced anew.
   */
  public String pricing(String rate) {
    // Compared once for every entitlement a run's chunk reads: made once a rate.
    return pricings.computeIfAbsent(rate, name -> values(name).entrySet().stream()
        .map(value -> value.getKey() + "=" + value.getValue().toPlainString()).collect(Collectors.joining(";")));
  }

  private NavigableMap<LocalDate, BigDecimal> values(String rate) {
    return read.computeIfAbsent(rate, name -> {
      int slash = name.indexOf('/');
      DatedParameter<String> parameter = source.parametersOf(name.substring(0, slash)).get(name.substring(slash + 1));
      return parameter == null ? new TreeMap<>() : ParameterValues.money(parameter).values();
    });
  }
}
