package cn.harbin.fertility.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Failed logins slow their client down, never lock an account, and never hold up anyone else. */
class LoginThrottleTest {

  private static final String PASSWORD = "right";

  private final LoginThrottle throttle = new LoginThrottle(8, Duration.ofMillis(400), 3, Duration.ofMillis(300));

  /** A login check: 200 for the right password, 401 for any other, as the staff logins answer. */
  private final FilterChain passwordCheck = (request, response) -> {
    String authorization = ((jakarta.servlet.http.HttpServletRequest) request).getHeader("Authorization");
    String form = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean right = authorization != null && new String(Base64.getDecoder().decode(authorization.substring(6)),
        StandardCharsets.UTF_8).endsWith(":" + PASSWORD) || form.endsWith("password=" + PASSWORD);
    ((HttpServletResponse) response).setStatus(right ? 200 : 401);
  };

  private int basicLogin(String address, String user, String password) throws Exception {
    return login(throttle, address, user, password).getStatus();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void repeatedFailuresMakeTheirClientWaitAndTheRightPasswordWorksAfterTheWait() throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(basicLogin("10.0.0.1", "anyone", "wrong")).isEqualTo(401);
    }
    assertThat(basicLogin("10.0.0.1", "anyone", PASSWORD)).as("right password, but too soon").isEqualTo(429);
    assertThat(basicLogin("10.0.0.2", "anyone", PASSWORD)).as("the account from elsewhere").isEqualTo(200);

    Thread.sleep(350);
    assertThat(basicLogin("10.0.0.1", "anyone", PASSWORD)).isEqualTo(200);
  }

  @Test
  void anAddressGuessingManyAccountsWaitsToo() throws Exception {
    for (int account = 0; account < 8; account++) {
      assertThat(basicLogin("10.0.0.3", "user" + account, "wrong")).isEqualTo(401);
    }
    assertThat(basicLogin("10.0.0.3", "user9", "wrong")).isEqualTo(429);
    assertThat(basicLogin("10.0.0.4", "user9", "wrong")).isEqualTo(401);
  }

  @Test
  void theWaitsGrowWhileTheGuessingGoesOnAndNeverBecomeALock() throws Exception {
    AtomicLong now = new AtomicLong();
    LoginThrottle throttle = new LoginThrottle(100, Duration.ofMinutes(1), 3, Duration.ofSeconds(10), new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return now.get();
      }

      @Override
      public boolean isWallClockBased() {
        return false;
      }
    });
    List<Long> waits = new ArrayList<>();
    for (int attempt = 0; attempt < 12; attempt++) {
      MockHttpServletResponse answer = login(throttle, "10.0.0.5", "anyone", "wrong");
      if (answer.getStatus() == 429) {
        long seconds = Long.parseLong(answer.getHeader("Retry-After"));
        waits.add(seconds);
        now.addAndGet(Duration.ofSeconds(seconds).toNanos());
      }
    }
    assertThat(waits).as("seconds to wait, each time the guesser comes back when told").isSorted()
        .first().isEqualTo(10L);
    assertThat(waits.get(waits.size() - 1)).isGreaterThanOrEqualTo(30L);

    now.addAndGet(Duration.ofMinutes(5).toNanos());
    assertThat(login(throttle, "10.0.0.5", "anyone", PASSWORD).getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse login(LoginThrottle throttle, String address, String user, String password)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setRemoteAddr(address);
    request.addHeader("Authorization", basic(user, password));
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, passwordCheck);
    return response;
  }

  @Test
  void everySpellingOfBasicThatALoginAcceptsIsCounted() throws Exception {
    String credentials = Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8));
    int status = 0;
    for (String header : List.of("Basic\t" + credentials, "basic " + credentials, "  BASIC  " + credentials,
        "Basic " + credentials, "Basic " + credentials, "Basic " + credentials, "Basic " + credentials,
        "Basic " + credentials, "Basic " + credentials)) {
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/info");
      request.setRemoteAddr("10.0.0.8");
      request.addHeader("Authorization", header);
      MockHttpServletResponse response = new MockHttpServletResponse();
      throttle.doFilter(request, response, (any, answer) -> ((HttpServletResponse) answer).setStatus(401));
      status = response.getStatus();
    }
    assertThat(status).isEqualTo(429);
  }

  @Test
  void parallelGuessesOfAClientWithFailuresCannotSlipPastTheCount() throws Exception {
    assertThat(basicLogin("10.0.0.9", "anyone", "wrong")).isEqualTo(401);
    List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch inFlight = new CountDownLatch(1);
    FilterChain slowFailure = (request, response) -> {
      try {
        inFlight.await(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ((HttpServletResponse) response).setStatus(401);
    };
    List<Thread> guessers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Thread guesser = new Thread(() -> {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setRemoteAddr("10.0.0.9");
        request.addHeader("Authorization", basic("anyone", "guess"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
          throttle.doFilter(request, response, slowFailure);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        answers.add(response.getStatus());
      });
      guesser.start();
      guessers.add(guesser);
    }
    Thread.sleep(300);
    inFlight.countDown();
    for (Thread guesser : guessers) {
      guesser.join();
    }
    assertThat(answers.stream().filter(status -> status == 401).count()).as("guesses checked").isEqualTo(2);
  }

  @Test
  void theWebappLoginIsCountedHoweverItsPathIsSpelled() throws Exception {
    int status = 0;
    for (String path : List.of("/camunda/api/admin/auth/user/default/login/welcome/",
        "/camunda/api/admin/auth/user/default/login/%74asklist", "/camunda/api/admin/auth/user/default/login/cockpit",
        "/camunda/api/admin/auth/user/default/login/admin")) {
      status = formLogin("10.0.0.10", path, "user%6Eame=admin&password=guess");
    }
    assertThat(status).isEqualTo(429);
  }

  @Test
  void theWebappLoginFormCountsByItsUserName() throws Exception {
    int status = 0;
    for (int attempt = 0; attempt < 4; attempt++) {
      status = formLogin("10.0.0.6", "/camunda/api/admin/auth/user/default/login/tasklist",
          "username=admin&password=guess");
    }
    assertThat(status).isEqualTo(429);
    assertThat(basicLogin("10.0.0.7", "admin", PASSWORD)).isEqualTo(200);
  }

  private int formLogin(String address, String path, String form) throws Exception {
    MockHttpServletRequest login = new MockHttpServletRequest("POST", path);
    login.setRemoteAddr(address);
    login.setContentType("application/x-www-form-urlencoded");
    login.setContent(form.getBytes(StandardCharsets.UTF_8));
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(login, response, passwordCheck);
    return response.getStatus();
  }
}
