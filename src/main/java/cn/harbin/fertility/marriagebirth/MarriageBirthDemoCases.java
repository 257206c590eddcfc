package cn.harbin.fertility.marriagebirth;

import cn.harbin.fertility.common.ApplicationRecords;
import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: a couple waiting for civil affairs to register their marriage, and an already married
 * cross-province couple whose pre-pregnancy check booking waits at the maternal and child health hospital and whose
 * birth registration waits at 道里区's health bureau.
 */
@Component
@Profile("demo")
public class MarriageBirthDemoCases {

  static final MarriageBirthApplication TO_REGISTER = new MarriageBirthApplication(List.of(
      new MarriageBirthApplication.Partner("马骏", "230102199801012012", "13600451001", "230102", null),
      new MarriageBirthApplication.Partner("高雪", "230102199903032022", "13600451002", "230102", null)),
      false, null, List.of("HEALTH_EDUCATION", "PREMARITAL_CHECK"), null);
  static final MarriageBirthApplication CROSS_PROVINCE = new MarriageBirthApplication(List.of(
      new MarriageBirthApplication.Partner("许明", "230102199405052039", "13600451003", "230102", null),
      new MarriageBirthApplication.Partner("郭婷", "37010219960606204X", "13600451004", null, "山东省")),
      true, "J230102-2025-000777", List.of("PRE_PREGNANCY_CHECK", "BIRTH_REGISTRATION"), 1);

  private final MarriageBirthIntake intake;
  private final ApplicationRecords records;

  public MarriageBirthDemoCases(MarriageBirthIntake intake, ApplicationRecords records) {
    this.intake = intake;
    this.records = records;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(23)
  public void createOnce() {
    if (records.liveClaimHolder(MarriageBirthIntake.claimKey(TO_REGISTER)).isPresent()) {
      return;
    }
    intake.submitOnline(TO_REGISTER);
    intake.submitOnline(CROSS_PROVINCE);
  }

}
