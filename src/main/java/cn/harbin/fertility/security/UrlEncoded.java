package cn.harbin.fertility.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameters as a query string or a login form sends them ({@code a=1&b=2}), names and values decoded. */
final class UrlEncoded {

  private UrlEncoded() {}

  /**
   * @param text the encoded parameters, or null for none
   * @throws IllegalArgumentException when an escape is malformed
   */
  static Map<String, List<String>> parse(String text) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return parameters;
    }
    for (String pair : text.split("&")) {
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      parameters.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
    }
    return parameters;
  }
}
