package cn.harbin.fertility.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** The fields of the Camunda Form that a task or a start event shows: what a submission of it may set. */
@Component
class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormService formService;
  private final RepositoryService repositoryService;

  FormFields(FormService formService, RepositoryService repositoryService) {
    this.formService = formService;
    this.repositoryService = repositoryService;
  }

  /** @return the keys of the task's form; none when the task or its form is unknown (then nothing may be set) */
  Set<String> ofTask(String taskId) {
    return keysOf(() -> formService.getDeployedTaskForm(taskId));
  }

  Set<String> ofStartForm(String processDefinitionId) {
    return keysOf(() -> formService.getDeployedStartForm(processDefinitionId));
  }

  Set<String> ofLatestStartForm(String processKey) {
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    return latest == null ? Set.of() : ofStartForm(latest.getId());
  }

  private static Set<String> keysOf(Supplier<InputStream> form) {
    Set<String> keys = new TreeSet<>();
    try (InputStream content = form.get()) {
      collect(JSON.readTree(content), keys);
    } catch (ProcessEngineException noSuchForm) {
      return Set.of();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return keys;
  }

  private static void collect(JsonNode component, Set<String> keys) {
    if (component.hasNonNull("key") && component.has("type")) {
      keys.add(component.get("key").asText());
    }
    component.path("components").forEach(child -> collect(child, keys));
  }
}
