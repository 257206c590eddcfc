package cn.harbin.fertility.payments;

import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.specialfamily.GrantedSpecialFamilies;
import cn.harbin.fertility.support.ApplicationOnPostgres;
import org.springframework.context.annotation.Import;

/** Every test and assertion of {@link RaisedStandardsContract}, on embedded PostgreSQL. */
@ApplicationOnPostgres
@Import({GrantedClaims.class, GrantedSpecialFamilies.class})
class RaisedStandardsOnPostgresTest extends RaisedStandardsContract {}
