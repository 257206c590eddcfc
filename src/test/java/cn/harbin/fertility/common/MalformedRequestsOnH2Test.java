package cn.harbin.fertility.common;

import cn.harbin.fertility.support.ApplicationOnH2;

/** Every test and assertion of {@link MalformedRequestsContract}, on the default H2 database. */
@ApplicationOnH2
class MalformedRequestsOnH2Test extends MalformedRequestsContract {}
