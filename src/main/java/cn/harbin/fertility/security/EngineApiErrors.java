package cn.harbin.fertility.security;

import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.ErrorIds;
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
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the engine's and the webapps' API answer when something goes wrong shows no SQL, class names or stack
 * traces to anyone, staff included. Our own refusals thrown inside a case step (a counter form with errors, a
 * conflict) keep their message and get their proper status instead of the engine's 500; any other server error, and
 * any message that names internals, is answered with an error number, and logged under that number with the
 * engine's own text.
 */
class EngineApiErrors extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUTHORIZATION_REFUSAL = "AuthorizationException";
  private static final Pattern INTERNALS = Pattern.compile(
      "Exception|Error:|SQL|###|\\b(java|javax|jakarta|org|com|cn)\\.[a-z]+\\.|\\$[A-Z]");
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
    int answeredStatus = status >= 500 && OUR_REFUSALS.containsKey(type) ? OUR_REFUSALS.get(type) : status;
    if (answeredStatus == HttpServletResponse.SC_UNAUTHORIZED) {
      message = "请先登录（用户名或密码不正确）/ Please sign in (wrong user name or password)";
    } else if (answeredStatus >= 500 || !showable(message)) {
      String errorId = ErrorIds.next();
      LOG.warn("error {} answering {} {} with {}: {}", errorId, request.getMethod(), request.getRequestURI(), status,
          new String(engineAnswer, StandardCharsets.UTF_8));
      message = answeredStatus >= 500
          ? "系统未能完成此操作，请稍后再试；如仍有问题，请把错误编号 " + errorId + " 告知系统管理员 / The system could not "
              + "complete this; try again later, and if it persists give the administrator the error number " + errorId
          : "请求未被接受（错误编号 " + errorId + "）/ The request was not accepted (error number " + errorId + ")";
    } else {
      message = inChinese(request, message);
    }
    response.setStatus(answeredStatus);
    // Tasklist and Cockpit recognise the engine's authorization refusal by its type and explain it themselves.
    String answeredType = answeredStatus == 403 && AUTHORIZATION_REFUSAL.equals(type) ? type : typeOf(answeredStatus);
    JsonAnswers.write(response, answeredType, message);
  }

  /**
   * The webapps show staff the Chinese text alone; scripts on {@code /engine-rest} get the engine's text after it.
   */
  private static String inChinese(HttpServletRequest request, String engineMessage) {
    boolean webapp = RequestPaths.withinApplication(request).startsWith("/camunda/");
    return EngineMessages.inChinese(engineMessage)
        .map(chinese -> webapp ? chinese : chinese + " / " + engineMessage)
        .orElse(engineMessage);
  }

  /** A message of the engine's that names no class, SQL or code location can be shown as it is. */
  private static boolean showable(String message) {
    return !message.isEmpty() && !INTERNALS.matcher(message).find();
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
