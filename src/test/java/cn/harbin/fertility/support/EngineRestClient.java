package cn.harbin.fertility.support;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** Calls {@code /engine-rest} as a given user, the way an external client or script would. */
public class EngineRestClient {

  private final TestRestTemplate rest;

  public EngineRestClient(TestRestTemplate rest, String userId, String password) {
    this.rest = rest.withBasicAuth(userId, password);
  }

  /** The ids of a list resource, e.g. {@code /engine-rest/task?processDefinitionKey=…} */
  public List<String> ids(String path) {
    ResponseEntity<List<Map<String, Object>>> response =
        rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError(path + " answered " + response.getStatusCode());
    }
    return response.getBody().stream().map(entry -> (String) entry.get("id")).toList();
  }

  public List<String> taskIds(String processDefinitionKey) {
    return ids("/engine-rest/task?processDefinitionKey=" + processDefinitionKey);
  }

  public HttpStatusCode claim(String taskId, String userId) {
    return post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId));
  }

  /** Completes the task as Tasklist does: by submitting its form. */
  public HttpStatusCode complete(String taskId) {
    return post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of()));
  }

  private HttpStatusCode post(String path, Map<String, Object> body) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body), String.class).getStatusCode();
  }
}
