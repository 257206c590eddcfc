package cn.harbin.fertility.citizen;

import cn.harbin.fertility.support.ApplicationOnH2;

/** Every test of {@link CitizenPortalContract}, on H2. */
@ApplicationOnH2
class CitizenPortalOnH2Test extends CitizenPortalContract {}
