package cn.harbin.fertility.bench;

import static cn.harbin.fertility.bench.BenchApplications.person;

import cn.harbin.fertility.birthonething.BirthOneThingApplication;
import cn.harbin.fertility.birthonething.BirthOneThingIntake;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyApplication;
import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.IdentityNumber;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.marriagebirth.MarriageBirthApplication;
import cn.harbin.fertility.marriagebirth.MarriageBirthIntake;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.specialfamily.SpecialFamilyApplication;
import cn.harbin.fertility.specialfamily.SpecialFamilyIntake;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.springframework.context.ApplicationContext;

/**
 * The citizens' case types as the engine-ratio benchmark drives them: case {@code n} is a new family's application
 * through the case type's own intake (validation, duplicate check, record, start), and each task is answered as its
 * form answers it on the common path, to the grant.
 */
final class BenchCaseTypes {

  /**
   * One case type: the people of case {@code n} (1 to 999) entered in the population registry (the city's system,
   * not our work), how the case is applied for, giving its application number, and its tasks' answers.
   */
  record CaseType(String processKey, IntConsumer registerPeople, IntFunction<String> apply,
      Map<String, Map<String, Object>> answers) {}

  private static final IntConsumer NOBODY_TO_REGISTER = n -> {};

  private static final LocalDate TODAY = LocalDate.now(TimeConfiguration.HARBIN);
  /** Three weeks old: every scheme of a birth still open. */
  private static final LocalDate BORN = TODAY.minusDays(20);

  private BenchCaseTypes() {}

  static List<CaseType> of(ApplicationContext application) {
    JdbcPopulationRegistry registry = application.getBean(JdbcPopulationRegistry.class);
    ChildcareSubsidyIntake childcare = application.getBean(ChildcareSubsidyIntake.class);
    SpecialFamilyIntake specialFamily = application.getBean(SpecialFamilyIntake.class);
    MarriageBirthIntake marriageBirth = application.getBean(MarriageBirthIntake.class);
    BirthOneThingIntake birthOneThing = application.getBean(BirthOneThingIntake.class);
    String appointment = TODAY.plusDays(3).toString();
    return List.of(
        new CaseType(ChildcareSubsidyIntake.PROCESS_KEY, n -> family("230102", n).registerIn(registry, 2),
            n -> childcare.submitOnline(family("230102", n).application()).applicationNumber(),
            Map.of("Task_DistrictReview", Map.of("reviewDecision", "approve"))),
        new CaseType(SpecialFamilyIntake.PROCESS_KEY, NOBODY_TO_REGISTER,
            n -> specialFamily.submitOnline(bereaved(n)).applicationNumber(),
            Map.of("Task_StreetReview", Map.of("streetDecision", "approve"),
                "Task_DistrictApproval", Map.of("districtDecision", "approve"),
                "Task_ProvideService", Map.of("serviceOutcome", "GRANTED"))),
        new CaseType(MarriageBirthIntake.PROCESS_KEY, NOBODY_TO_REGISTER,
            n -> marriageBirth.submitOnline(couple(n)).applicationNumber(),
            Map.of("Task_RegisterMarriage", Map.of("registrationDecision", "registered",
                    "marriageCertificateNumber", "J230102-2026-000456"),
                "Task_HealthEducation", Map.of("healthEducationSession", "12月1日 道里区妇幼保健院"),
                "Task_BookPremaritalCheck", Map.of("premaritalAppointment", appointment),
                "Task_BookPrePregnancyCheck", Map.of("prePregnancyAppointment", appointment),
                "Task_RecordPremaritalAttendance", Map.of("premaritalAttended", "yes"),
                "Task_RecordPrePregnancyAttendance", Map.of("prePregnancyAttended", "yes"),
                "Task_IssueBirthRegistration", Map.of("birthRegistrationVerified", true))),
        new CaseType(BirthOneThingIntake.PROCESS_KEY, n -> family("230103", n).registerIn(registry, 3),
            n -> birthOneThing.submitOnline(birth(family("230103", n).application())).applicationNumber(),
            Map.of("Task_DistrictReview", Map.of("reviewDecision", "approve"),
                "Task_NationalSubsidyReview", Map.of("nationalDecision", "APPROVED"),
                "Task_HomePurchaseVerification", Map.of("homePurchaseDecision", "APPROVED"),
                "Task_NewbornInsurance", Map.of("insurancePaidOn", BORN.plusDays(30).toString()),
                "Task_ProvidentFundConfirmation", Map.of("providentFundDecision", "APPROVED"),
                "Task_PublicRentalPriority", Map.of("publicRentalDecision", "APPROVED",
                    "publicRentalNote", "多子女家庭优先组"))));
  }

  /** A family with a child born three weeks ago: numbers of their own for every n up to 999. */
  private static TestFamily family(String division, int n) {
    return new TestFamily(person(division, LocalDate.of(1992, 1, 1), n, false),
        person(division, LocalDate.of(1990, 1, 1), n, true), IdentityNumber.of(division, BORN, n).value(), BORN,
        division.equals("230103") ? 3 : 2, division);
  }

  private static SpecialFamilyApplication bereaved(int n) {
    String mother = person("230104", LocalDate.of(1965, 3, 3), n, false);
    String father = person("230104", LocalDate.of(1963, 4, 4), n, true);
    return new SpecialFamilyApplication("赵淑兰", mother, "13945100001", "230104", "URBAN",
        List.of(new SpecialFamilyApplication.ParentEntry("赵淑兰", mother, "NONE"),
            new SpecialFamilyApplication.ParentEntry("钱国强", father, "PARTIAL")),
        List.of(new SpecialFamilyApplication.ChildEntry("钱明", null, LocalDate.of(1990, 6, 6), "MALE", false, null,
            false)),
        List.of("CARE_VISITS"), "中国建设银行哈尔滨分行", "6217000100090009009");
  }

  private static MarriageBirthApplication couple(int n) {
    return new MarriageBirthApplication(List.of(
        new MarriageBirthApplication.Partner("张伟", person("230102", LocalDate.of(1995, 5, 5), n, true),
            "13800450001", "230102", null),
        new MarriageBirthApplication.Partner("李娜", person("230108", LocalDate.of(1997, 7, 7), n, false),
            "13800450002", "230108", null)),
        false, null, List.of("HEALTH_EDUCATION", "PREMARITAL_CHECK", "PRE_PREGNANCY_CHECK", "BIRTH_REGISTRATION"), 1);
  }

  private static BirthOneThingApplication birth(ChildcareSubsidyApplication family) {
    return new BirthOneThingApplication(family.applicantName(), family.applicantIdNumber(), family.applicantPhone(),
        family.applicantRelationship(), family.divisionCode(), family.childName(), family.childIdNumber(),
        family.childBirthDate(), family.birthOrder(), family.otherParentName(), family.otherParentIdNumber(),
        family.bankName(), family.bankAccount(), "HF2026-" + family.childIdNumber(), family.divisionCode(),
        BORN.plusDays(5), true);
  }
}
