package cn.harbin.fertility.bureaus;

import cn.harbin.fertility.support.ApplicationOnPostgres;

/** Every test of {@link SetupTransactionContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
class SetupTransactionOnPostgresTest extends SetupTransactionContract {}
