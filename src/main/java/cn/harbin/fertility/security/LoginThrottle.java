package cn.harbin.fertility.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing on every staff login (the webapps' login form, the supervisors' sign-in page, HTTP Basic
 * anywhere) without ever locking an account: failed logins are counted per client address, and per account from that
 * address, in token buckets (Bucket4j) that refill by themselves. A client that has used up its failures is answered
 * 429 with the seconds to wait, before any password is checked. While a client has recent failures, each of its
 * attempts takes its token before the password is checked (and gets it back unless the login fails), so parallel
 * guesses cannot slip past the count; a client without failures is not held up at all, and the first parallel burst of
 * a new guesser is counted as debt that it then waits off. The right password from another address is never held up.
 * The engine's own lock after ten failures, which only an administrator lifts, is switched off in
 * {@code application.yaml}.
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final int MAX_TRACKED_CLIENTS = 100_000;
  private static final int MAX_FORM_BYTES = 8_192;
  private static final int MAX_ACCOUNT_LENGTH = 64;
  private static final String UNREADABLE_ACCOUNT = "?";
  private static final String SUPERVISION_SIGN_IN = "/supervision/sign-in";

  private final int accountFailures;
  private final Supplier<Bucket> perAddress;
  private final Supplier<Bucket> perAccountAndAddress;
  private final int addressFailures;
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
    this.addressFailures = addressFailures;
    this.accountFailures = accountFailures;
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
    Optional<String> account;
    if (isWebappLogin(request)) {
      // The webapps' login resource reads the form from the body itself: it is read here and offered again.
      byte[] form = request.getInputStream().readNBytes(MAX_FORM_BYTES);
      checked = new RereadableRequest(request, form);
      account = Optional.of(formAccount(new String(form, StandardCharsets.UTF_8), request.getQueryString()));
    } else if (isSupervisionSignIn(request)) {
      // Spring Security reads this form as parameters, which the container parses once for every filter.
      String name = request.getParameter("username");
      account = Optional.of(name == null ? UNREADABLE_ACCOUNT : account(name));
    } else {
      account = basicAccount(request);
    }
    if (account.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Bucket address = bucket("address " + request.getRemoteAddr(), perAddress);
    if (waitIfThrottled(address, request, response)) {
      return;
    }
    Bucket accountFromAddress = bucket("account " + account.get() + " from " + request.getRemoteAddr(),
        perAccountAndAddress);
    if (waitIfThrottled(accountFromAddress, request, response)) {
      return;
    }
    boolean recentFailures = address.getAvailableTokens() < addressFailures
        || accountFromAddress.getAvailableTokens() < accountFailures;
    if (recentFailures && !takeTokens(address, accountFromAddress)) {
      tooManyFailures(request, response,
          Duration.ofNanos(Math.max(1, Math.max(waitNanos(address), waitNanos(accountFromAddress)))));
      return;
    }
    chain.doFilter(checked, response);
    boolean failed = FailedLogins.failed(request, response);
    if (failed && !recentFailures) {
      address.consumeIgnoringRateLimits(1);
      accountFromAddress.consumeIgnoringRateLimits(1);
    } else if (!failed && recentFailures) {
      address.addTokens(1);
      accountFromAddress.addTokens(1);
    }
  }

  private static boolean takeTokens(Bucket address, Bucket accountFromAddress) {
    if (!address.tryConsume(1)) {
      return false;
    }
    if (!accountFromAddress.tryConsume(1)) {
      address.addTokens(1);
      return false;
    }
    return true;
  }

  private static boolean waitIfThrottled(Bucket bucket, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long wait = waitNanos(bucket);
    if (wait > 0) {
      tooManyFailures(request, response, Duration.ofNanos(wait));
      return true;
    }
    return false;
  }

  private static long waitNanos(Bucket bucket) {
    return bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
  }

  private synchronized Bucket bucket(String key, Supplier<Bucket> newBucket) {
    return buckets.computeIfAbsent(key, any -> newBucket.get());
  }

  /** 429 with the seconds to wait; the supervisors' sign-in page, a browser's form, is shown again saying so. */
  private static void tooManyFailures(HttpServletRequest request, HttpServletResponse response, Duration wait)
      throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", String.valueOf(seconds));
    if (isSupervisionSignIn(request)) {
      response.sendRedirect(request.getContextPath() + SUPERVISION_SIGN_IN + "?wait=" + seconds);
      return;
    }
    response.setStatus(429);
    JsonAnswers.write(response, "TooManyFailedLogins", "登录失败次数过多，请 " + seconds + " 秒后再试 / Too many failed "
        + "logins; try again in " + seconds + " seconds");
  }

  /** Any POST to the webapps' authentication resource: the login, however its path is spelled. */
  private static boolean isWebappLogin(HttpServletRequest request) {
    return loginPath(request).filter(path -> path.startsWith("/camunda/api/admin/auth/") && path.contains("/login"))
        .isPresent();
  }

  /** A POST to the supervisors' sign-in page, however its path is spelled. */
  private static boolean isSupervisionSignIn(HttpServletRequest request) {
    return loginPath(request).filter(SUPERVISION_SIGN_IN::equals).isPresent();
  }

  /** A POST's path, decoded and in lower case; every other request (the most of them) is no login and not decoded. */
  private static Optional<String> loginPath(HttpServletRequest request) {
    return "POST".equalsIgnoreCase(request.getMethod())
        ? Optional.of(RequestPaths.decodedWithinApplication(request).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** Read as loosely as Spring Security and the engine read it: "basic" in any case, then Base64 of user:password. */
  private static Optional<String> basicAccount(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.strip().toLowerCase(Locale.ROOT).startsWith("basic")) {
      return Optional.empty();
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(authorization.strip().substring(5).strip()),
          StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return Optional.of(account(colon < 0 ? credentials : credentials.substring(0, colon)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.of(UNREADABLE_ACCOUNT);
    }
  }

  /** The user name of the login form, from the body or the query string, with its name and value decoded. */
  private static String formAccount(String body, String query) {
    try {
      for (String parameters : new String[] {body, query}) {
        List<String> names = UrlEncoded.parse(parameters).get("username");
        if (names != null) {
          return account(names.get(0));
        }
      }
    } catch (IllegalArgumentException malformed) {
      return UNREADABLE_ACCOUNT;
    }
    return UNREADABLE_ACCOUNT;
  }

  /** Account names as the engine compares them, and no longer than any real one: the key cannot grow memory. */
  private static String account(String name) {
    String account = name.strip();
    return account.length() > MAX_ACCOUNT_LENGTH ? UNREADABLE_ACCOUNT : account;
  }
}
