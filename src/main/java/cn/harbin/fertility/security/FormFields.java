package cn.harbin.fertility.security;

import cn.harbin.fertility.common.FieldChecks;
import cn.harbin.fertility.common.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The fields of the Camunda Form that a task or a start event shows, and what a submission of it may carry: only
 * those fields, each with a value of its kind (text, a number, yes/no, one of its options, a date), text within the
 * form's length and with the character rules of every text we store (no control characters, formulas, markup or
 * links). What a caseworker writes reaches the applicant's messages, the exported files and our tables.
 */
@Component
class FormFields {

  /** Longer than any text a form asks for, and the longest text a process variable holds. */
  private static final int MAX_TEXT = 4000;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One input of a form: its type ({@code textfield}, {@code radio} …), label, options and length limit. */
  record Field(String type, String label, Set<String> options, int maxLength) {}

  private final FormService formService;
  private final RepositoryService repositoryService;

  FormFields(FormService formService, RepositoryService repositoryService) {
    this.formService = formService;
    this.repositoryService = repositoryService;
  }

  /** @return the task's form fields by key; none when the task or its form is unknown (then nothing may be set) */
  Map<String, Field> ofTask(String taskId) {
    return fieldsOf(() -> formService.getDeployedTaskForm(taskId));
  }

  Map<String, Field> ofStartForm(String processDefinitionId) {
    return fieldsOf(() -> formService.getDeployedStartForm(processDefinitionId));
  }

  Map<String, Field> ofLatestStartForm(String processKey) {
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    return latest == null ? Map.of() : ofStartForm(latest.getId());
  }

  /**
   * @param variables the submission's {@code variables}: name → {@code {"value": …, "type": …}}
   * @return what is wrong with it, field by field; empty when the form's own fields carry values of their kind
   */
  static List<FieldError> problems(Map<String, Field> fields, JsonNode variables) {
    List<FieldError> problems = new ArrayList<>();
    FieldChecks texts = new FieldChecks();
    variables.fieldNames().forEachRemaining(name -> {
      Field field = fields.get(name);
      JsonNode value = variables.get(name).path("value");
      String declaredType = variables.get(name).path("type").asText("");
      if (field == null) {
        problems.add(new FieldError(name, name + " 不是表单中的字段", name + " is not a field of the form"));
      } else if (!ofItsKind(field, value, declaredType)) {
        problems.add(new FieldError(name, field.label() + " 的值不符合表单", "The value of " + name
            + " does not fit the form"));
      } else if (value.isTextual() && !value.asText().isBlank()
          && (field.type().equals("textfield") || field.type().equals("textarea"))) {
        texts.text(name, value.asText(), field.maxLength(), field.type().equals("textarea"), field.label(), name);
      }
    });
    problems.addAll(texts.errors());
    return problems;
  }

  private static boolean ofItsKind(Field field, JsonNode value, String declaredType) {
    if (value.isNull() || value.isMissingNode()) {
      return declaredType.isEmpty() || declaredType.equals("Null") || declaredType.equals("String");
    }
    return switch (field.type()) {
      case "number" -> (value.isNumber() || value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?"))
          && Set.of("", "Integer", "Long", "Short", "Double").contains(declaredType);
      case "checkbox" -> value.isBoolean() && Set.of("", "Boolean").contains(declaredType);
      case "radio", "select" -> value.isTextual() && field.options().contains(value.asText())
          && Set.of("", "String").contains(declaredType);
      case "datetime" -> value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}(T[0-9:.+\\-Z]{0,20})?")
          && Set.of("", "String").contains(declaredType);
      default -> value.isTextual() && Set.of("", "String").contains(declaredType);
    };
  }

  private static Map<String, Field> fieldsOf(Supplier<InputStream> form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    try (InputStream content = form.get()) {
      collect(JSON.readTree(content), fields);
    } catch (ProcessEngineException noSuchForm) {
      return Map.of();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return fields;
  }

  private static void collect(JsonNode component, Map<String, Field> fields) {
    if (component.hasNonNull("key") && component.has("type")) {
      Set<String> options = new LinkedHashSet<>();
      component.path("values").forEach(option -> options.add(option.path("value").asText()));
      int maxLength = Math.min(MAX_TEXT, component.path("validate").path("maxLength").asInt(MAX_TEXT));
      fields.put(component.get("key").asText(), new Field(component.get("type").asText(),
          component.path("label").asText(component.get("key").asText()), options, maxLength));
    }
    component.path("components").forEach(child -> collect(child, fields));
  }
}
