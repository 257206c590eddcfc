package cn.harbin.fertility.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The portal's application forms are the counter's start forms ({@code processes/<case type>-intake.form}): the
 * same fields under the same keys, so that both channels ask for the same things and one intake checks them. The
 * portal renders them as plain HTML, section headings included; Chinese labels come from the form, English ones
 * from {@code messages_en} ({@code intake.<key>}).
 */
@Component
public class IntakeForms {

  /** One choice of a select. */
  public record Choice(String value, String labelZh) {}

  /**
   * A field, or a section heading (type {@code heading}, no key).
   *
   * @param type textfield, select, datetime, number, checkbox or heading
   */
  public record Field(String id, String key, String type, String labelZh, boolean required, Integer maxLength,
      Integer min, Integer max, List<Choice> choices) {

    public boolean heading() {
      return "heading".equals(type);
    }
  }

  private static final Map<String, String> FORM_IDS = Map.of(
      "childcare-subsidy", "childcare-subsidy-intake",
      "special-family-assistance", "special-family-intake",
      "marriage-birth-one-stop", "marriage-birth-intake",
      "birth-one-thing", "birth-one-thing-intake");

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, List<Field>> forms = new ConcurrentHashMap<>();

  public boolean exists(String caseType) {
    return FORM_IDS.containsKey(caseType);
  }

  public List<Field> fields(String caseType) {
    return forms.computeIfAbsent(caseType, type -> read(FORM_IDS.get(type)));
  }

  private List<Field> read(String formId) {
    try (InputStream in = new ClassPathResource("processes/" + formId + ".form").getInputStream()) {
      List<Field> fields = new ArrayList<>();
      collect(json.readTree(in).path("components"), fields);
      return List.copyOf(fields);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String text = component.path("text").asText("");
      if ("text".equals(type) && text.startsWith("### ")) {
        fields.add(new Field(component.path("id").asText(), null, "heading", text.substring(4).strip(), false, null,
            null, null, List.of()));
      } else if (component.hasNonNull("key")) {
        JsonNode validate = component.path("validate");
        List<Choice> choices = new ArrayList<>();
        component.path("values").forEach(value -> choices.add(new Choice(value.path("value").asText(),
            value.path("label").asText())));
        String label = component.hasNonNull("label") ? component.path("label").asText()
            : component.path("dateLabel").asText(component.path("key").asText());
        fields.add(new Field(component.path("id").asText(), component.path("key").asText(), type, label,
            validate.path("required").asBoolean(false), integer(validate, "maxLength"), integer(validate, "min"),
            integer(validate, "max"), List.copyOf(choices)));
      }
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
    }
  }

  private static Integer integer(JsonNode validate, String name) {
    return validate.hasNonNull(name) ? validate.path(name).asInt() : null;
  }
}
