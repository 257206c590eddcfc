package cn.harbin.fertility.payments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.childcaresubsidy.GrantedClaims;
import cn.harbin.fertility.support.ApplicationOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

/**
 * Every test and assertion of {@link DisbursementsContract}, on embedded PostgreSQL, where the months still due have
 * an index of their own (db/postgresql).
 */
@ApplicationOnPostgres
@Import(GrantedClaims.class)
class DisbursementsOnPostgresTest extends DisbursementsContract {

  @Test
  void theMonthsStillDueHaveAPartialIndex() {
    assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'entitlement_period_due'")
        .query(String.class).single()).endsWith("(entitlement_id, period) WHERE (payment_id IS NULL)");
  }
}
