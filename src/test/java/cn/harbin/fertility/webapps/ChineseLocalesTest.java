package cn.harbin.fertility.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our zh.json must cover every key of the en.json that the Camunda webjar of this version ships, so that an
 * upgrade adding labels fails here instead of showing English keys to caseworkers.
 */
class ChineseLocalesTest {

  private static final String APP = "/META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void everyEnglishKeyIsTranslated(String app) throws IOException {
    Map<String, String> english = leaves(read(app, "locales/en.json"));
    Map<String, String> chinese = leaves(read(app, "locales/zh.json"));

    assertThat(chinese.keySet()).containsAll(english.keySet());
    List<String> placeholdersLost = new ArrayList<>();
    english.forEach((key, text) -> {
      if (!placeholders(chinese.get(key)).containsAll(placeholders(text))) {
        placeholdersLost.add(key);
      }
    });
    assertThat(placeholdersLost).as("labels whose {{placeholders}} got lost").isEmpty();
    assertThat(chinese.get("labels.BANNER_CE_EOL_TEXT")).isNotEqualTo(english.get("labels.BANNER_CE_EOL_TEXT"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void chineseIsOfferedFirstAndIsTheFallback(String app) throws IOException {
    String config = new String(resource(app, "scripts/config.js").readAllBytes(), StandardCharsets.UTF_8);
    assertThat(config).contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'",
        "'../harbin/user-permissions.js'", "'../harbin/chinese-texts.js'");
  }

  private JsonNode read(String app, String path) throws IOException {
    try (InputStream in = resource(app, path)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private InputStream resource(String app, String path) {
    InputStream in = getClass().getResourceAsStream(APP + app + "/" + path);
    assertThat(in).as(app + "/" + path).isNotNull();
    return in;
  }

  private static Map<String, String> leaves(JsonNode root) {
    Map<String, String> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
