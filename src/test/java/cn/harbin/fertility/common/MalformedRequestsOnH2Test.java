package cn.harbin.fertility.common;

import cn.harbin.fertility.support.ApplicationOnH2;

@ApplicationOnH2
class MalformedRequestsOnH2Test extends MalformedRequestsContract {}
