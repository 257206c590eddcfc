package cn.harbin.fertility.citizen;

import cn.harbin.fertility.support.ApplicationOnPostgres;

/** Every test of {@link CitizenPortalContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
class CitizenPortalOnPostgresTest extends CitizenPortalContract {}
