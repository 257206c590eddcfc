package cn.harbin.fertility.supervision;

import cn.harbin.fertility.support.ApplicationOnPostgres;

/** Every test and assertion of {@link TaskRecordsContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
class TaskRecordsOnPostgresTest extends TaskRecordsContract {}
