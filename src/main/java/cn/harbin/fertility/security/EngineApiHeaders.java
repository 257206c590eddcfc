package cn.harbin.fertility.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST API and the webapps' copy of it (what Tasklist calls) answer with personal data (a task's
 * variables, a case's history) outside Spring Security's chains, so without its headers: these keep the answers out
 * of every cache and their type from being sniffed, as {@link SecurityHeaders} does for ours. Camunda's own
 * {@code Cache-Control: no-cache} (stored, revalidated) is not let through.
 */
class EngineApiHeaders extends OncePerRequestFilter {

  private static final String CACHE_CONTROL = "Cache-Control";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }
}
