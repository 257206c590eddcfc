package cn.harbin.fertility.policy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What one application after a birth (新生儿出生一件事) declares and the registry confirms, as the rules of every scheme
 * it may open read it.
 *
 * @param childBirthDate the child's date of birth
 * @param birthOrder the child's birth order in the family, as the registry has it
 * @param householdDivisionCode the GB/T 2260 code of the division where the child's household is registered
 * @param homePurchase a newly built home the family bought, when it declares one
 * @param publicRentalQualified whether the family is qualified for Harbin's public rental housing (公租房)
 * @param applicationDate the day the application was received
 * @param earlierHomePurchaseGrant the application under which the child's home-purchase subsidy was already granted
 */
public record BirthFacts(LocalDate childBirthDate, int birthOrder, String householdDivisionCode,
    Optional<HomePurchase> homePurchase, boolean publicRentalQualified, LocalDate applicationDate,
    Optional<String> earlierHomePurchaseGrant) {

  /**
   * A purchase contract of a newly built home, as filed (网签备案).
   *
   * @param filingNumber the contract's filing number
   * @param divisionCode the division where the home is
   * @param contractDate the day the contract was signed
   */
  public record HomePurchase(String filingNumber, String divisionCode, LocalDate contractDate) {}
}
