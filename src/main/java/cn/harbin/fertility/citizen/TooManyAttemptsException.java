package cn.harbin.fertility.citizen;

import java.time.Duration;

/** A sign-in limit is reached: the answer is 429 with the seconds to wait. */
class TooManyAttemptsException extends RuntimeException {

  private final Duration retryAfter;

  TooManyAttemptsException(Duration retryAfter) {
    super("rate limit reached; retry after " + retryAfter);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
