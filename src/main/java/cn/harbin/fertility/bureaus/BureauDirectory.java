package cn.harbin.fertility.bureaus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one list of bureaus (DESIGN.md "Bureaus and routing"). Every other class asks this directory for
 * group ids instead of spelling them out.
 */
public final class BureauDirectory {

  public static final String CITY_HEALTH = "city-health";
  public static final String CIVIL_AFFAIRS = "civil-affairs";
  public static final String FINANCE = "finance";
  public static final String HOUSING = "housing";
  public static final String PUBLIC_SECURITY = "public-security";
  public static final String MEDICAL_INSURANCE = "medical-insurance";
  public static final String PROVIDENT_FUND = "provident-fund";
  public static final String FAMILY_PLANNING_ASSOCIATION = "family-planning-association";
  public static final String MCH_HOSPITAL = "mch-hospital";
  public static final String SUPERVISORS = "supervisors";

  private static final List<Bureau> ALL = build();

  private BureauDirectory() {}

  public static List<Bureau> all() {
    return ALL;
  }

  public static Optional<Bureau> byGroupId(String groupId) {
    return ALL.stream().filter(bureau -> bureau.groupId().equals(groupId)).findFirst();
  }

  /** 区/县(市)卫生健康局 of a division. */
  public static String districtHealth(HarbinDivision division) {
    return "district-health-" + division.code();
  }

  /** 乡镇(街道) offices of a division. */
  public static String street(HarbinDivision division) {
    return "street-" + division.code();
  }

  private static List<Bureau> build() {
    List<Bureau> bureaus = new ArrayList<>();
    bureaus.add(Bureau.city(CITY_HEALTH, "市卫生健康委", "Municipal Health Commission"));
    bureaus.add(Bureau.city(CIVIL_AFFAIRS, "市民政局", "Municipal Civil Affairs Bureau"));
    bureaus.add(Bureau.city(FINANCE, "市财政局", "Municipal Finance Bureau"));
    bureaus.add(Bureau.city(HOUSING, "市住建局", "Municipal Housing and Urban-Rural Development Bureau"));
    bureaus.add(Bureau.city(PUBLIC_SECURITY, "市公安局", "Municipal Public Security Bureau"));
    bureaus.add(Bureau.city(MEDICAL_INSURANCE, "市医保局", "Municipal Medical Insurance Bureau"));
    bureaus.add(Bureau.city(PROVIDENT_FUND, "市住房公积金中心", "Municipal Housing Provident Fund Center"));
    bureaus.add(Bureau.city(FAMILY_PLANNING_ASSOCIATION, "市计生协", "Municipal Family Planning Association"));
    bureaus.add(Bureau.city(MCH_HOSPITAL, "妇幼保健院", "Maternal and Child Health Hospitals"));
    bureaus.add(Bureau.city(SUPERVISORS, "督查人员", "Supervisors (read-only oversight)"));
    for (HarbinDivision division : HarbinDivision.values()) {
      bureaus.add(Bureau.district(districtHealth(division), division.nameZh() + "卫生健康局",
          division.nameEn() + " Health Bureau", division));
      bureaus.add(Bureau.district(street(division), division.nameZh() + "乡镇(街道)",
          division.nameEn() + " Township and Street Offices", division));
    }
    return List.copyOf(bureaus);
  }
}
