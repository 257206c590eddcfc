package cn.harbin.fertility.citizen;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The portal's sign-in rate limits, as token buckets (Bucket4j) that refill all at once at the end of their period:
 * codes sent per phone and per client address, failed sign-ins per client address. Each answers how long to wait
 * when a limit is reached. The buckets live in this node's memory.
 */
@Component
class SignInLimits {

  private static final int MAX_TRACKED_KEYS = 100_000;

  private final Supplier<Bucket> codesPerPhone;
  private final Supplier<Bucket> codesPerAddress;
  private final Supplier<Bucket> failuresPerAddress;
  private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
      return size() > MAX_TRACKED_KEYS;
    }
  };

  SignInLimits(SignInProperties limits) {
    codesPerPhone = every(limits.codesPerPhone(), limits.codesPeriod());
    codesPerAddress = every(limits.codesPerAddress(), limits.codesPeriod());
    failuresPerAddress = every(limits.failuresPerAddress(), limits.failuresPeriod());
  }

  /** Takes one code for the phone and the address; when either has none left, how long until it has. */
  Optional<Duration> takeCode(String phone, String address) {
    Bucket forPhone = bucket("phone " + phone, codesPerPhone);
    Bucket fromAddress = bucket("codes from " + address, codesPerAddress);
    Optional<Duration> wait = longerWait(forPhone, fromAddress);
    if (wait.isPresent()) {
      return wait;
    }
    forPhone.tryConsume(1);
    fromAddress.tryConsume(1);
    return Optional.empty();
  }

  /** How long the address must wait before it may try a code again, if it used up its failures. */
  Optional<Duration> failuresExhausted(String address) {
    return longerWait(bucket("failures from " + address, failuresPerAddress));
  }

  void failed(String address) {
    bucket("failures from " + address, failuresPerAddress).tryConsume(1);
  }

  private static Optional<Duration> longerWait(Bucket... buckets) {
    long nanos = 0;
    for (Bucket bucket : buckets) {
      nanos = Math.max(nanos, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  private synchronized Bucket bucket(String key, Supplier<Bucket> newBucket) {
    return buckets.computeIfAbsent(key, any -> newBucket.get());
  }

  private static Supplier<Bucket> every(int capacity, Duration period) {
    return () -> Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
        .refillIntervally(capacity, period).build()).build();
  }
}
