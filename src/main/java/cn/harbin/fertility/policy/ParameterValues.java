package cn.harbin.fertility.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Typed views of the text values an operator enters. */
final class ParameterValues {

  private ParameterValues() {}

  static DatedParameter<String> require(Map<String, DatedParameter<String>> parameters, String scheme, String name) {
    DatedParameter<String> parameter = parameters.get(name);
    if (parameter == null || parameter.values().isEmpty()) {
      throw new IllegalStateException("policy parameter " + scheme + "/" + name + " is not set");
    }
    return parameter;
  }

  static DatedParameter<BigDecimal> money(DatedParameter<String> parameter) {
    return convert(parameter, text -> new BigDecimal(text.strip()).setScale(2, RoundingMode.UNNECESSARY));
  }

  static DatedParameter<Integer> number(DatedParameter<String> parameter) {
    return convert(parameter, text -> Integer.valueOf(text.strip()));
  }

  static DatedParameter<LocalDate> date(DatedParameter<String> parameter) {
    return convert(parameter, text -> LocalDate.parse(text.strip()));
  }

  static DatedParameter<Boolean> flag(DatedParameter<String> parameter) {
    return convert(parameter, text -> {
      if (!text.strip().equals("true") && !text.strip().equals("false")) {
        throw new IllegalArgumentException("neither true nor false");
      }
      return Boolean.valueOf(text.strip());
    });
  }

  static <T> DatedParameter<T> convert(DatedParameter<String> parameter, Function<String, T> parse) {
    TreeMap<LocalDate, T> values = new TreeMap<>();
    parameter.values().forEach((effective, text) -> {
      try {
        values.put(effective, parse.apply(text));
      } catch (RuntimeException unreadable) {
        throw new IllegalStateException("policy parameter " + parameter.name() + " from " + effective
            + " has an unreadable value: " + text, unreadable);
      }
    });
    return new DatedParameter<>(parameter.name(), parameter.clause(), values);
  }
}
