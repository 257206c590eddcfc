package cn.harbin.fertility.payments;

import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.specialfamily.GrantedSpecialFamilies;
import cn.harbin.fertility.support.ApplicationOnH2;
import org.springframework.context.annotation.Import;

/** Every test and assertion of {@link RaisedStandardsContract}, on the default H2 database. */
@ApplicationOnH2
@Import({GrantedClaims.class, GrantedSpecialFamilies.class})
class RaisedStandardsOnH2Test extends RaisedStandardsContract {}
