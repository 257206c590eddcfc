package cn.harbin.fertility.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.policy.ChildcareSubsidyParameters;
import cn.harbin.fertility.policy.SpecialFamilyParameters;
import cn.harbin.fertility.support.ApplicationOnH2;
import cn.harbin.fertility.support.PolicyParameterChanges;
import cn.harbin.fertility.support.PolicyParameterChanges.DeployedVersion;
import cn.harbin.fertility.support.PolicyParameterChanges.NewValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationOnH2
class DmnPolicyParametersTest {

  @Autowired DmnPolicyParameters parameters;
  @Autowired PolicyParameterChanges changes;
  @Autowired HistoryService historyService;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theDeployedTableHoldsTheFiguresOfThePlan() {
    ChildcareSubsidyParameters childcare = ChildcareSubsidyParameters.from(parameters);
    LocalDate plan = LocalDate.of(2022, 11, 29);

    assertThat(childcare.monthlyAmountByBirthOrder()).containsOnlyKeys(2, 3);
    assertThat(childcare.monthlyAmountByBirthOrder().get(2).valueOn(plan)).contains(new BigDecimal("500.00"));
    assertThat(childcare.monthlyAmountByBirthOrder().get(3).valueOn(plan)).contains(new BigDecimal("1000.00"));
    assertThat(childcare.monthlyAmountByBirthOrder().get(2).valueOn(plan.minusDays(1))).isEmpty();
    assertThat(childcare.monthlyAmountByBirthOrder().get(2).clause()).isEqualTo("§3.4.2a");
    assertThat(childcare.schemeStart().valueOn(plan)).contains(plan);
    assertThat(childcare.ageLimitYears().valueOn(plan)).contains(3);
    assertThat(childcare.reviewDueDays().valueOn(plan)).contains(15);
    assertThat(childcare.materialDueDays().valueOn(plan)).contains(30);
    assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("policy-parameters").count())
        .as("reading figures leaves no decision history").isZero();
  }

  @Test
  void theSpecialFamilySchemesCarryTheNationalFiguresAndNoNursingAmountYet() {
    SpecialFamilyParameters special = SpecialFamilyParameters.from(parameters);
    LocalDate day = LocalDate.of(2026, 11, 28);

    assertThat(special.specialAssistanceMonthly()).containsOnlyKeys("lost.urban", "lost.rural", "disabled.urban",
        "disabled.rural");
    assertThat(special.specialAssistanceMonthly().get("lost.urban").valueOn(day)).contains(new BigDecimal("340.00"));
    assertThat(special.specialAssistanceMonthly().get("lost.urban").valueOn(LocalDate.of(2013, 12, 31))).isEmpty();
    assertThat(special.rewardYearly().valueOn(day)).contains(new BigDecimal("600.00"));
    assertThat(special.onlyChildBornBefore().valueOn(day)).contains(LocalDate.of(2016, 1, 1));
    assertThat(special.nursingMonthly().valueOn(day)).isEmpty();
    assertThat(special.rewardYearly().clause()).isEqualTo("§3.5.1");
  }

  @Test
  void aRowTheOperatorAddsAndDeploysTakesEffectWithoutARestart() {
    try (DeployedVersion raised = deployRaiseFrom2027()) {
      assertThat(secondChildMonthly(LocalDate.of(2026, 12, 31))).isEqualTo(new BigDecimal("500.00"));
      assertThat(secondChildMonthly(LocalDate.of(2027, 1, 1))).isEqualTo(new BigDecimal("800.00"));
    }
  }

  @Test
  void aTransactionReadsEveryFigureFromTheVersionInForceWhenItFirstLookedOne() {
    TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    LocalDate raised = LocalDate.of(2027, 1, 1);
    AtomicReference<DeployedVersion> deployment = new AtomicReference<>();
    try {
      List<BigDecimal> seen = ownTransaction.execute(status -> {
        BigDecimal before = secondChildMonthly(raised);
        deployment.set(ownTransaction.execute(deploying -> deployRaiseFrom2027()));
        BigDecimal inATransactionOfItsOwn = ownTransaction.execute(inner -> secondChildMonthly(raised));
        return List.of(before, inATransactionOfItsOwn, secondChildMonthly(raised));
      });
      assertThat(seen).as("the outer transaction keeps the version it first read; one of its own inside it reads the"
          + " new one").containsExactly(new BigDecimal("500.00"), new BigDecimal("800.00"), new BigDecimal("500.00"));
      BigDecimal next = ownTransaction.execute(status -> secondChildMonthly(raised));
      assertThat(next).as("the next transaction").isEqualTo(new BigDecimal("800.00"));
    } finally {
      if (deployment.get() != null) {
        deployment.get().close();
      }
    }
  }

  private BigDecimal secondChildMonthly(LocalDate day) {
    return ChildcareSubsidyParameters.from(parameters).monthlyAmountByBirthOrder().get(2).valueOn(day).orElseThrow();
  }

  private DeployedVersion deployRaiseFrom2027() {
    return changes.deploy("operator raises the 2nd-child amount", new NewValue("childcare-subsidy",
        "monthlyAmount.birthOrder2", LocalDate.of(2027, 1, 1), "800.00", "§3.4.2a"));
  }
}
