package cn.harbin.fertility.bureaus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A start-up setup commits its steps together, and one that loses a race to another node starting at the same time
 * still completes. On H2 and on PostgreSQL, where a failed statement ends the whole transaction.
 */
abstract class StartupSetupsContract {

  @Autowired StartupSetups setups;
  @Autowired IdentityService identityService;
  @Autowired DataSource dataSource;

  @Test
  void theStepsOfASetupAreCommittedTogether() {
    String first = "setup-first-" + UUID.randomUUID();
    String second = "setup-second-" + UUID.randomUUID();
    AtomicBoolean firstSeenByOthersBeforeTheEnd = new AtomicBoolean(true);
    setups.run(() -> {
      createIfMissing(first);
      firstSeenByOthersBeforeTheEnd.set(committedGroups(first) > 0);
      createIfMissing(second);
    });
    assertThat(firstSeenByOthersBeforeTheEnd).isFalse();
    assertThat(committedGroups(first)).isEqualTo(1);
    assertThat(committedGroups(second)).isEqualTo(1);
  }

  @Test
  void aSetupThatLosesARaceToAnotherNodeStillCompletes() {
    String raced = "setup-raced-" + UUID.randomUUID();
    String after = "setup-after-" + UUID.randomUUID();
    identityService.saveGroup(identityService.newGroup(raced));
    AtomicInteger checks = new AtomicInteger();
    setups.run(() -> {
      // The first check ran before the other node committed the same group: the creation fails on its unique key.
      IdempotentSetup.createIfMissing(() -> checks.incrementAndGet() > 1 && exists(raced),
          () -> identityService.saveGroup(identityService.newGroup(raced)));
      createIfMissing(after);
    });
    assertThat(checks).as("checked in the shared transaction, after its failed creation, and in the rerun")
        .hasValue(3);
    assertThat(committedGroups(raced)).isEqualTo(1);
    assertThat(committedGroups(after)).isEqualTo(1);
  }

  private void createIfMissing(String groupId) {
    IdempotentSetup.createIfMissing(() -> exists(groupId),
        () -> identityService.saveGroup(identityService.newGroup(groupId)));
  }

  private boolean exists(String groupId) {
    return identityService.createGroupQuery().groupId(groupId).count() > 0;
  }

  /** Counted on a connection of its own: what other nodes see. */
  private int committedGroups(String groupId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM ACT_ID_GROUP WHERE ID_ = ?")) {
      count.setString(1, groupId);
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }
}
