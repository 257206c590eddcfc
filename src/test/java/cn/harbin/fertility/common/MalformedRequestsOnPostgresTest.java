package cn.harbin.fertility.common;

import cn.harbin.fertility.support.ApplicationOnPostgres;

@ApplicationOnPostgres
class MalformedRequestsOnPostgresTest extends MalformedRequestsContract {}
