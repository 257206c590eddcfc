package cn.harbin.fertility.bureaus;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates a staff user and the memberships it lacks, leaving an existing user's data as it is. */
final class StaffAccounts {

  private StaffAccounts() {}

  static void createMissing(IdentityService identityService, String userId, String password, String firstName,
      String lastName, String... groupIds) {
    IdempotentSetup.createIfMissing(
        () -> identityService.createUserQuery().userId(userId).count() > 0,
        () -> {
          User user = identityService.newUser(userId);
          user.setFirstName(firstName);
          user.setLastName(lastName);
          user.setPassword(password);
          identityService.saveUser(user);
        });
    for (String groupId : List.of(groupIds)) {
      IdempotentSetup.createIfMissing(
          () -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0,
          () -> identityService.createMembership(userId, groupId));
    }
  }
}
