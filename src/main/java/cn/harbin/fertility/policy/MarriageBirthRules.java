package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one-stop marriage, health-education and birth-guidance service (§3.2.3, §3.1.2, §3.1.3).
 *
 * <ul>
 *   <li>Legal marriage age (Civil Code art. 1047): a man 22, a woman 20, as dated parameters; checked only when the
 *       couple registers its marriage here.
 *   <li>Birth registration (生育登记, §3.1.2) replaces birth approval: it is issued by the health bureau of a partner's
 *       Harbin division.
 *   <li>A partner whose household is registered outside Heilongjiang is served here and the case is marked
 *       cross-province (跨省通办, §3.1.3), never refused for it. The household registration decides, as declared (a
 *       Harbin division, or another province), not the identity number's address code: that records where a person
 *       was first registered, which may be a province they left long ago.
 * </ul>
 */
public final class MarriageBirthRules {

  public static final String SCHEME = "marriage-birth-one-stop";
  static final String HEILONGJIANG_CODE = "23";
  static final String HEILONGJIANG = "黑龙江";

  /**
   * A partner as the rules need to know them.
   *
   * @param harbinDivision the Harbin division of the household registration, when it is in Harbin
   * @param otherProvince the province of the household registration, when it is not in Harbin
   */
  public record Partner(String idNumber, boolean male, LocalDate birthDate, Optional<String> harbinDivision,
      Optional<String> otherProvince) {

    boolean registeredInHeilongjiang() {
      return harbinDivision.map(code -> code.startsWith(HEILONGJIANG_CODE)).orElse(false)
          || otherProvince.map(String::strip).map(province -> province.startsWith(HEILONGJIANG)
              || province.equalsIgnoreCase("Heilongjiang")).orElse(false);
    }
  }

  public record Outcome(List<Ineligibility> ineligibilities, boolean crossProvince, Optional<String> birthRegistrationDivision,
      Map<String, String> appliedParameters) {

    public boolean eligible() {
      return ineligibilities.isEmpty();
    }
  }

  private final Map<String, DatedParameter<String>> parameters;

  public MarriageBirthRules(PolicyParameterSource source) {
    this.parameters = source.parametersOf(SCHEME);
  }

  public Outcome check(Partner first, Partner second, boolean registeringMarriage, LocalDate day) {
    List<Ineligibility> reasons = new ArrayList<>();
    Map<String, String> used = new LinkedHashMap<>();
    if (first.male() == second.male()) {
      reasons.add(new Ineligibility("NOT_A_COUPLE", "§3.2.3", "婚姻登记须为一男一女（《民法典》第1046、1049条）",
          "Marriage registration is for a man and a woman (Civil Code art. 1046, 1049)"));
    }
    if (registeringMarriage) {
      int man = minimumAge(used, "minimumAgeMale", day);
      int woman = minimumAge(used, "minimumAgeFemale", day);
      for (Partner partner : List.of(first, second)) {
        int required = partner.male() ? man : woman;
        if (partner.birthDate().plusYears(required).isAfter(day)) {
          reasons.add(new Ineligibility("UNDER_MARRIAGE_AGE", "§3.2.3",
              (partner.male() ? "男方" : "女方") + "未达法定婚龄（" + required + "周岁，《民法典》第1047条）",
              (partner.male() ? "The man" : "The woman") + " is under the legal marriage age of " + required
                  + " (Civil Code art. 1047)"));
        }
      }
    }
    boolean crossProvince = !first.registeredInHeilongjiang() || !second.registeredInHeilongjiang();
    Optional<String> division = first.harbinDivision().or(second::harbinDivision);
    return new Outcome(reasons, crossProvince, division, used);
  }

  private int minimumAge(Map<String, String> used, String name, LocalDate day) {
    DatedParameter<Integer> parameter = ParameterValues.number(ParameterValues.require(parameters, SCHEME, name));
    int value = parameter.requireValueOn(day);
    used.put(name, value + " (" + parameter.clause() + ")");
    return value;
  }
}
