package cn.harbin.fertility.payments;

import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.support.ApplicationOnPostgres;
import org.springframework.context.annotation.Import;

/** Every test and assertion of {@link DisbursementsContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
@Import(GrantedClaims.class)
class DisbursementsOnPostgresTest extends DisbursementsContract {}
