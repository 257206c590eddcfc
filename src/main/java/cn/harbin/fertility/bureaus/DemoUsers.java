package cn.harbin.fertility.bureaus;

import static cn.harbin.fertility.bureaus.BureauDirectory.districtHealth;
import static cn.harbin.fertility.bureaus.BureauDirectory.street;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo caseworkers, one or more per bureau, listed in the README. They exist only in the demo profile. */
@Component
@Profile("demo")
@Order(4)
public class DemoUsers implements StartupSetup {

  public static final String PASSWORD = "demo";

  public record DemoUser(String id, String firstName, String lastName, String groupId) {}

  public static final List<DemoUser> ALL = List.of(
      new DemoUser("cityhealth", "市卫生健康委", "李华", BureauDirectory.CITY_HEALTH),
      new DemoUser("civilaffairs", "市民政局", "王芳", BureauDirectory.CIVIL_AFFAIRS),
      new DemoUser("finance", "市财政局", "赵强", BureauDirectory.FINANCE),
      new DemoUser("housing", "市住建局", "孙丽", BureauDirectory.HOUSING),
      new DemoUser("publicsecurity", "市公安局", "周军", BureauDirectory.PUBLIC_SECURITY),
      new DemoUser("medicalinsurance", "市医保局", "吴敏", BureauDirectory.MEDICAL_INSURANCE),
      new DemoUser("providentfund", "市住房公积金中心", "郑洁", BureauDirectory.PROVIDENT_FUND),
      new DemoUser("familyplanning", "市计生协", "冯静", BureauDirectory.FAMILY_PLANNING_ASSOCIATION),
      new DemoUser("mchhospital", "市妇幼保健院", "陈晨", BureauDirectory.MCH_HOSPITAL),
      new DemoUser("daolihealth", "道里区卫健局", "刘洋", districtHealth(HarbinDivision.DAOLI)),
      new DemoUser("daolistreet", "道里区街道", "杨帆", street(HarbinDivision.DAOLI)),
      new DemoUser("nanganghealth", "南岗区卫健局", "黄磊", districtHealth(HarbinDivision.NANGANG)),
      new DemoUser("nangangstreet", "南岗区街道", "何静", street(HarbinDivision.NANGANG)),
      new DemoUser("supervisor", "市卫健委督查", "高远", BureauDirectory.SUPERVISORS));

  private final IdentityService identityService;

  public DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void createMissing() {
    for (DemoUser user : ALL) {
      StaffAccounts.createMissing(identityService, user.id(), PASSWORD, user.firstName(), user.lastName(),
          user.groupId());
    }
  }
}
