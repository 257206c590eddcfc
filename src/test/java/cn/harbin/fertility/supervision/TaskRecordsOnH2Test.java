package cn.harbin.fertility.supervision;

import cn.harbin.fertility.support.ApplicationOnH2;

/** Every test and assertion of {@link TaskRecordsContract}, on the default H2 database. */
@ApplicationOnH2
class TaskRecordsOnH2Test extends TaskRecordsContract {}
