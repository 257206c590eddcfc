package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.common.ApplicationRecords;
import java.time.LocalDate;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile, families of {@code demo/population.csv}: a 3rd child in 道里区 whose parents bought a new flat there
 * (five schemes at five bureaus), a 1st child in 南岗区 (national subsidy, insurance, tax information only), and a
 * 2nd child in 宾县 whose parents bought their flat in the county (no home-purchase subsidy, with the reason).
 */
@Component
@Profile("demo")
public class BirthOneThingDemoCases {

  static final BirthOneThingApplication THIRD_CHILD_NEW_FLAT = new BirthOneThingApplication("孙梅",
      "230102199106182845", "13600451011", "MOTHER", "230102", "周三", "230102202610203531", LocalDate.of(2026, 10, 20),
      3, "周涛", "230102198902273110", "中国建设银行哈尔滨道里支行", "6217000123456789012", "HF2026-0102-004512",
      "230102", LocalDate.of(2026, 11, 2), false);
  static final BirthOneThingApplication FIRST_CHILD = new BirthOneThingApplication("李娜", "230103199503094060",
      "13600451012", "MOTHER", "230103", "王小宝", "230103202611014296", LocalDate.of(2026, 11, 1), 1, "王磊",
      "230103199412014176", "中国农业银行哈尔滨南岗支行", "6228480123456789012", null, null, null, false);
  static final BirthOneThingApplication COUNTY_FLAT = new BirthOneThingApplication("赵敏", "23012519930707508X",
      "13600451013", "MOTHER", "230125", "钱二", "23012520260915532X", LocalDate.of(2026, 9, 15), 2, "钱军",
      "230125199205055192", "中国邮政储蓄银行宾县支行", "6210980123456789012", "HF2026-0125-000318", "230125",
      LocalDate.of(2026, 10, 8), false);

  private final BirthOneThingIntake intake;
  private final ApplicationRecords records;

  public BirthOneThingDemoCases(BirthOneThingIntake intake, ApplicationRecords records) {
    this.intake = intake;
    this.records = records;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(24)
  public void createOnce() {
    if (records.liveClaimHolder(BirthOneThingIntake.claimKey(THIRD_CHILD_NEW_FLAT)).isPresent()) {
      return;
    }
    intake.submitOnline(THIRD_CHILD_NEW_FLAT);
    intake.submitOnline(FIRST_CHILD);
    intake.submitOnline(COUNTY_FLAT);
  }
}
