package cn.harbin.fertility.bureaus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A creation checked against a snapshot read beforehand still survives a race another node won since. */
class IdempotentSetupTest {

  private final AtomicInteger created = new AtomicInteger();

  @Test
  void somethingKnownToExistIsNotCreated() {
    assertThat(IdempotentSetup.createIfMissing(() -> true, () -> false, created::incrementAndGet)).isFalse();
    assertThat(created).hasValue(0);
  }

  @Test
  void somethingMissingIsCreated() {
    assertThat(IdempotentSetup.createIfMissing(() -> false, () -> false, created::incrementAndGet)).isTrue();
    assertThat(created).hasValue(1);
  }

  @Test
  void aCreationThatFailsBecauseAnotherNodeCreatedItSinceTheSnapshotIsFine() {
    assertThat(IdempotentSetup.createIfMissing(() -> false, () -> true, IdempotentSetupTest::uniqueKeyViolated))
        .isFalse();
  }

  @Test
  void aCreationThatFailsForAnotherReasonFails() {
    assertThatThrownBy(() -> IdempotentSetup.createIfMissing(() -> false, () -> false,
        IdempotentSetupTest::uniqueKeyViolated)).hasMessage("unique key");
  }

  private static void uniqueKeyViolated() {
    throw new IllegalStateException("unique key");
  }
}
