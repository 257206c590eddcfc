package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A policy figure that changes over time, as OpenFisca keeps its parameters: each value applies from its
 * effective date until the next value's. The clause says where in the plan the figure comes from.
 */
public record DatedParameter<T>(String name, String clause, NavigableMap<LocalDate, T> values) {

  public DatedParameter {
    values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
  }

  public static <T> DatedParameter<T> of(String name, String clause, Map<LocalDate, T> values) {
    return new DatedParameter<>(name, clause, new TreeMap<>(values));
  }

  /** The value in force on a day; empty before the first effective date. */
  public Optional<T> valueOn(LocalDate day) {
    return Optional.ofNullable(values.floorEntry(day)).map(Map.Entry::getValue);
  }


  public T requireValueOn(LocalDate day) {
    return valueOn(day).orElseThrow(() -> new MissingParameterException(name, day));
  }

  public static final class MissingParameterException extends IllegalStateException {
    public MissingParameterException(String name, LocalDate day) {
      super("policy parameter " + name + " has no value in force on " + day);
    }
  }
}
