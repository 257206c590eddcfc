package cn.harbin.fertility.nursery;

import cn.harbin.fertility.support.ApplicationOnH2;

/** Every test of {@link NurseryOperatingSubsidyContract}, on H2. */
@ApplicationOnH2
class NurseryOperatingSubsidyOnH2Test extends NurseryOperatingSubsidyContract {}
