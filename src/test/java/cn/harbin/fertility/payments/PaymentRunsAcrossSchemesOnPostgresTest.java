package cn.harbin.fertility.payments;

import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.specialfamily.GrantedSpecialFamilies;
import cn.harbin.fertility.support.ApplicationOnPostgres;
import org.springframework.context.annotation.Import;

@ApplicationOnPostgres
@Import({GrantedClaims.class, GrantedSpecialFamilies.class})
class PaymentRunsAcrossSchemesOnPostgresTest extends PaymentRunsAcrossSchemesContract {}
