package cn.harbin.fertility.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing on every staff login (the webapps' form, HTTP Basic on {@code /engine-rest}, the
 * staff APIs and the actuator) without ever locking an account: failed logins are counted per client address, and
 * per account from that address, in token buckets (Bucket4j) that refill by themselves. A client that has used up
 * its failures is answered 429 with the seconds to wait, before any password is checked; the right password from
 * another address is never held up, and after the wait it works from the same one too. The engine's own lock after
 * ten failures, which only an administrator lifts, is switched off in {@code application.yaml}.
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final int MAX_TRACKED_CLIENTS = 100_000;
  private static final int MAX_FORM_BYTES = 8_192;

  private final Supplier<Bucket> perAddress;
  private final Supplier<Bucket> perAccountAndAddress;
  private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
      return size() > MAX_TRACKED_CLIENTS;
    }
  };

  /**
   * @param addressFailures failed logins from one address before it waits; it then gets one more every
   *     {@code addressRefill}
   * @param accountFailures failed logins on one account from one address before it waits; then one every
   *     {@code accountRefill}, and after twice as many one every four times as long
   */
  LoginThrottle(int addressFailures, Duration addressRefill, int accountFailures, Duration accountRefill) {
    this(addressFailures, addressRefill, accountFailures, accountRefill, TimeMeter.SYSTEM_MILLISECONDS);
  }

  /** @param clock the buckets' clock: the system's, or a test's */
  LoginThrottle(int addressFailures, Duration addressRefill, int accountFailures, Duration accountRefill,
      TimeMeter clock) {
    this.perAddress = () -> Bucket.builder().withCustomTimePrecision(clock).addLimit(Bandwidth.builder()
        .capacity(addressFailures).refillGreedy(1, addressRefill).build()).build();
    this.perAccountAndAddress = () -> Bucket.builder().withCustomTimePrecision(clock)
        .addLimit(Bandwidth.builder().capacity(accountFailures).refillGreedy(1, accountRefill).build())
        .addLimit(Bandwidth.builder().capacity(2L * accountFailures).refillGreedy(1, accountRefill.multipliedBy(4))
            .build())
        .build();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpServletRequest checked = request;
    Optional<String> account = basicAccount(request);
    if (account.isEmpty() && isWebappLogin(request)) {
      byte[] form = request.getInputStream().readNBytes(MAX_FORM_BYTES);
      checked = new RereadableRequest(request, form);
      account = formAccount(new String(form, StandardCharsets.UTF_8));
    }
    if (account.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String addressKey = "address " + request.getRemoteAddr();
    String accountKey = "account " + account.get() + " from " + request.getRemoteAddr();
    Bucket address = bucket(addressKey, perAddress);
    Bucket accountFromAddress = bucket(accountKey, perAccountAndAddress);
    long waitNanos = Math.max(address.estimateAbilityToConsume(1).getNanosToWaitForRefill(),
        accountFromAddress.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    if (waitNanos > 0) {
      tooManyFailures(response, Duration.ofNanos(waitNanos));
      return;
    }
    chain.doFilter(checked, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      address.tryConsume(1);
      accountFromAddress.tryConsume(1);
    } else if (response.getStatus() < 400) {
      forget(accountKey);
    }
  }

  private synchronized Bucket bucket(String key, Supplier<Bucket> newBucket) {
    return buckets.computeIfAbsent(key, any -> newBucket.get());
  }

  private synchronized void forget(String key) {
    buckets.remove(key);
  }

  private static void tooManyFailures(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(seconds));
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"TooManyFailedLogins\",\"message\":\"登录失败次数过多，请 " + seconds
        + " 秒后再试 / Too many failed logins; try again in " + seconds + " seconds\"}");
  }

  private static boolean isWebappLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && request.getRequestURI().substring(request.getContextPath().length())
            .matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
  }

  private static Optional<String> basicAccount(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
          StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return Optional.of(colon < 0 ? credentials : credentials.substring(0, colon));
    } catch (IllegalArgumentException notBase64) {
      return Optional.of("");
    }
  }

  private static Optional<String> formAccount(String form) {
    for (String pair : form.split("&")) {
      if (pair.startsWith("username=")) {
        try {
          return Optional.of(URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
          return Optional.of("");
        }
      }
    }
    return Optional.of("");
  }
}
