package cn.harbin.fertility.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our public APIs take small JSON documents. A body announced as larger than the limit is refused with 413 before
 * it is read; a chunked body is cut off when it passes the limit ({@link TooLargeException}, also a 413).
 */
@Configuration(proxyBeanMethods = false)
public class RequestSizeLimit {

  /** Thrown while reading a request body that outgrew the limit. */
  public static class TooLargeException extends IOException {
    TooLargeException(long maxBytes) {
      super("request body larger than " + maxBytes + " bytes");
    }
  }

  static ApiError tooLarge(long maxBytes) {
    return ApiError.of("提交的内容过大（上限 " + maxBytes / 1024 + " KB），未保存任何内容",
        "The request is too large (limit " + maxBytes / 1024 + " KB). Nothing was stored.");
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiRequestSizeLimit(
      @Value("${harbin.api.max-request-bytes:65536}") long maxBytes) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      /** Administrators' imports (/api/admin/) are authenticated and may be large. */
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/admin/");
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
          ApiError error = tooLarge(maxBytes);
          response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
          response.setContentType(MediaType.APPLICATION_JSON_VALUE);
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response.getWriter().write("{\"messageZh\":\"" + error.messageZh() + "\",\"messageEn\":\""
              + error.messageEn() + "\",\"errors\":[]}");
          return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/api/*");
    registration.setName("api-request-size-limit");
    return registration;
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream body = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int next = body.read();
          if (next >= 0 && ++read > maxBytes) {
            throw new TooLargeException(maxBytes);
          }
          return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int count = body.read(buffer, offset, length);
          if (count > 0 && (read += count) > maxBytes) {
            throw new TooLargeException(maxBytes);
          }
          return count;
        }

        @Override
        public boolean isFinished() {
          return body.isFinished();
        }

        @Override
        public boolean isReady() {
          return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          body.setReadListener(listener);
        }
      };
    }
  }
}
