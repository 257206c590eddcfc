package cn.harbin.fertility.bureaus;

import cn.harbin.fertility.support.ApplicationOnH2;

/** Every test of {@link SetupTransactionContract}, on H2. */
@ApplicationOnH2
class SetupTransactionOnH2Test extends SetupTransactionContract {}
