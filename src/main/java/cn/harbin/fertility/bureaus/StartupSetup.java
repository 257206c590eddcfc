package cn.harbin.fertility.bureaus;

/**
 * A part of what every start sets up (groups, grants, Tasklist filters, accounts): creates what is missing and leaves
 * what exists as it is. {@link StartupSetups} runs every part at start-up, in the parts' {@code @Order}.
 */
@FunctionalInterface
public interface StartupSetup {

  void createMissing();
}
