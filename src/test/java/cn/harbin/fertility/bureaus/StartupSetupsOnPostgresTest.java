package cn.harbin.fertility.bureaus;

import cn.harbin.fertility.support.ApplicationOnPostgres;

/** Every test of {@link StartupSetupsContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
class StartupSetupsOnPostgresTest extends StartupSetupsContract {}
