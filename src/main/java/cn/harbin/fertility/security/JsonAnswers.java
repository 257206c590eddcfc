package cn.harbin.fertility.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An answer in the engine's error format ({@code type}, {@code message}), which Tasklist and Cockpit show. */
final class JsonAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonAnswers() {}

  static void write(HttpServletResponse response, String type, String message) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", type, "message", message)));
  }
}
