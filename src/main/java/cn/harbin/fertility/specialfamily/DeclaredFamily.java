package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.policy.SpecialFamily;
import cn.harbin.fertility.policy.SupportService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A special family's case as declared and recorded, read at once ({@link SpecialFamilyClaims#declared}): the claim,
 * its members in their order, and what the case's record adds (district, day received).
 *
 * @param lastConfirmed the day a yearly confirmation last applied the rules to the family; {@code null} before the first
 */
public record DeclaredFamily(String applicationNumber, SpecialFamily.Household household,
    Set<SupportService> requestedServices, String bankName, String bankAccount, String divisionCode,
    LocalDate receivedOn, LocalDate lastConfirmed, List<Member> members) {

  /**
   * A parent or child as declared.
   *
   * @param dependency a parent's; null for a child
   * @param disabilityGrade a child's, null where the child has no disability certificate
   */
  public record Member(boolean parent, String name, String idNumber, SpecialFamily.Sex sex, LocalDate birthDate,
      boolean living, Integer disabilityGrade, SpecialFamily.Dependency dependency, boolean adopted) {}

  /** The family as the rules of §3.5 see it on the given day. */
  public SpecialFamily on(LocalDate day) {
    return new SpecialFamily(household,
        members.stream().filter(Member::parent)
            .map(parent -> new SpecialFamily.Parent(parent.idNumber(), parent.sex(), parent.birthDate(),
                parent.dependency()))
            .toList(),
        members.stream().filter(member -> !member.parent())
            .map(child -> new SpecialFamily.Child(child.sex(), child.birthDate(), child.living(),
                child.disabilityGrade(), child.adopted()))
            .toList(),
        day);
  }

  /** The day the family was last assessed: its last yearly confirmation's, or the case's own before the first. */
  public LocalDate lastAssessed() {
    return Optional.ofNullable(lastConfirmed).orElse(receivedOn);
  }

  /** The identity numbers of the parents alive as far as it is recorded. */
  public Set<String> livingParents() {
    return members.stream().filter(member -> member.parent() && member.living()).map(Member::idNumber)
        .collect(Collectors.toSet());
  }

  public String nameOf(String idNumber) {
    return members.stream().filter(member -> idNumber.equals(member.idNumber())).map(Member::name).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no member of " + applicationNumber + " with this number"));
  }
}
