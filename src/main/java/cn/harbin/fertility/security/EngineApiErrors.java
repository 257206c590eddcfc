package cn.harbin.fertility.security;

import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.InvalidRequestException;
import cn.harbin.fertility.common.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the engine's and the webapps' API answer when something goes wrong shows no SQL, class names or stack
 * traces to anyone, staff included. Our own refusals thrown inside a case step (a counter form with errors, a
 * conflict) keep their message and get their proper status instead of the engine's 500; any other server error is
 * answered with an error number, and logged under that number with the engine's own text.
 */
class EngineApiErrors extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Integer> OUR_REFUSALS = Map.of(
      InvalidRequestException.class.getSimpleName(), HttpServletResponse.SC_BAD_REQUEST,
      ConflictException.class.getSimpleName(), HttpServletResponse.SC_CONFLICT,
      NotFoundException.class.getSimpleName(), HttpServletResponse.SC_NOT_FOUND);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorCapturingResponse capturing = new ErrorCapturingResponse(response);
    chain.doFilter(request, capturing);
    if (capturing.error != null) {
      answer(request, response, capturing.getStatus(), capturing.captured());
    }
  }

  private static void answer(HttpServletRequest request, HttpServletResponse response, int status, byte[] engineAnswer)
      throws IOException {
    JsonNode engineError = readable(engineAnswer);
    String type = engineError.path("type").asText("");
    String message = engineError.path("message").asText("");
    int answeredStatus = status;
    if (status >= 500 && OUR_REFUSALS.containsKey(type)) {
      answeredStatus = OUR_REFUSALS.get(type);
    } else if (status >= 500) {
      String errorId = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("error {} answering {} {}: {}", errorId, request.getMethod(), request.getRequestURI(),
          new String(engineAnswer, StandardCharsets.UTF_8));
      message = "系统未能完成此操作，请稍后再试；如仍有问题，请把错误编号 " + errorId + " 告知系统管理员 / The system could not "
          + "complete this; try again later, and if it persists give the administrator the error number " + errorId;
    } else if (message.isEmpty() || message.contains("Exception") || message.contains("SQL")) {
      message = status == 401 ? "请先登录 / Please sign in" : "请求未被接受 / The request was not accepted";
    }
    response.setStatus(answeredStatus);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", typeOf(answeredStatus), "message", message)));
  }

  private static String typeOf(int status) {
    return switch (status) {
      case 400 -> "BadRequest";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 409 -> "Conflict";
      default -> status >= 500 ? "ServerError" : "Refused";
    };
  }

  private static JsonNode readable(byte[] answer) {
    try {
      return answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
    } catch (IOException notJson) {
      return JSON.createObjectNode();
    }
  }

  /** Passes a successful answer straight through; keeps an error answer (status 400 and above) back. */
  private static final class ErrorCapturingResponse extends HttpServletResponseWrapper {
    private ByteArrayOutputStream error;
    private PrintWriter errorWriter;

    ErrorCapturingResponse(HttpServletResponse response) {
      super(response);
    }

    byte[] captured() {
      if (errorWriter != null) {
        errorWriter.flush();
      }
      return error.toByteArray();
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(status);
      if (status >= 400 && error == null) {
        error = new ByteArrayOutputStream();
        super.setContentLengthLong(-1);
      }
    }

    /** The length of an error answer kept back is not the length of the answer that replaces it. */
    private boolean passes(String header) {
      return error == null || !header.equalsIgnoreCase("Content-Length");
    }

    @Override
    public void setHeader(String name, String value) {
      if (passes(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (passes(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setIntHeader(String name, int value) {
      if (passes(name)) {
        super.setIntHeader(name, value);
      }
    }

    @Override
    public void addIntHeader(String name, int value) {
      if (passes(name)) {
        super.addIntHeader(name, value);
      }
    }

    @Override
    public void sendError(int status) {
      setStatus(status);
    }

    @Override
    public void sendError(int status, String message) {
      setStatus(status);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (error == null) {
        return super.getOutputStream();
      }
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          error.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
          error.write(bytes, offset, length);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (error == null) {
        return super.getWriter();
      }
      if (errorWriter == null) {
        errorWriter = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
      }
      return errorWriter;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (error == null) {
        super.flushBuffer();
      } else if (errorWriter != null) {
        errorWriter.flush();
      }
    }

    @Override
    public void setContentLength(int length) {
      if (error == null) {
        super.setContentLength(length);
      }
    }

    @Override
    public void setContentLengthLong(long length) {
      if (error == null) {
        super.setContentLengthLong(length);
      }
    }
  }
}
