package cn.harbin.fertility.nursery;

import cn.harbin.fertility.support.ApplicationOnPostgres;

/** Every test of {@link NurseryOperatingSubsidyContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
class NurseryOperatingSubsidyOnPostgresTest extends NurseryOperatingSubsidyContract {}
