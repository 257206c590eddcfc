package cn.harbin.fertility.common;

import cn.harbin.fertility.support.ApplicationOnPostgres;

/** Every test and assertion of {@link MalformedRequestsContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
class MalformedRequestsOnPostgresTest extends MalformedRequestsContract {}
