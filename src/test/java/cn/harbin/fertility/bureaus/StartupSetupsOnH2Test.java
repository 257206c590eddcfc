package cn.harbin.fertility.bureaus;

import cn.harbin.fertility.support.ApplicationOnH2;

/** Every test of {@link StartupSetupsContract}, on H2. */
@ApplicationOnH2
class StartupSetupsOnH2Test extends StartupSetupsContract {}
