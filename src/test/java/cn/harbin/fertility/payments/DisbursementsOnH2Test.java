package cn.harbin.fertility.payments;

import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.support.ApplicationOnH2;
import org.springframework.context.annotation.Import;

/** Every test and assertion of {@link DisbursementsContract}, on the default H2 database. */
@ApplicationOnH2
@Import(GrantedClaims.class)
class DisbursementsOnH2Test extends DisbursementsContract {}
