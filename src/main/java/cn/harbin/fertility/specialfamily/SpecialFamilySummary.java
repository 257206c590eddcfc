package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.policy.Ineligibility;
import cn.harbin.fertility.policy.SpecialFamily;
import cn.harbin.fertility.policy.SpecialFamilyAssessment;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.Benefit;
import cn.harbin.fertility.policy.SpecialFamilyAssessment.Frequency;
import cn.harbin.fertility.policy.SpecialFamilyParameters;
import java.util.Map;
import java.util.stream.Collectors;

/** A family's assessment in the words a caseworker and the family read. */
final class SpecialFamilySummary {

  private static final Map<String, String> SCHEME_NAMES = Map.of(
      SpecialFamilyParameters.SPECIAL_ASSISTANCE, "特别扶助",
      SpecialFamilyParameters.REWARD_ASSISTANCE, "奖励扶助",
      SpecialFamilyParameters.NURSING_SUBSIDY, "护理补贴");

  private SpecialFamilySummary() {}

  static String schemes(SpecialFamilyAssessment assessment) {
    return assessment.schemes().stream().map(scheme -> SCHEME_NAMES.get(scheme.scheme()) + "（" + scheme.clause() + "）："
        + (scheme.eligible() ? scheme.benefits().stream().map(SpecialFamilySummary::benefit).collect(Collectors.joining("，"))
            : "不符合——" + scheme.ineligibilities().stream().map(Ineligibility::messageZh).collect(Collectors.joining("；"))))
        .collect(Collectors.joining("\n\n"));
  }

  /** The family as the caseworkers' forms show it, one member a line. */
  static String family(DeclaredFamily family) {
    return family.members().stream().map(SpecialFamilySummary::member).collect(Collectors.joining("\n\n"));
  }

  static String services(SpecialFamilyAssessment assessment) {
    if (assessment.services().isEmpty()) {
      return "未申请帮扶服务";
    }
    return assessment.services().stream().map(outcome -> outcome.service().nameZh() + "："
        + (outcome.eligible() ? "由主管部门办理" : "不符合——" + outcome.refusal().messageZh()))
        .collect(Collectors.joining("；"));
  }

  static String reasonsZh(SpecialFamilyAssessment assessment) {
    return assessment.schemes().stream().flatMap(scheme -> scheme.ineligibilities().stream())
        .map(reason -> reason.messageZh() + "（" + reason.clause() + "）").collect(Collectors.joining("；"));
  }

  static String reasonsEn(SpecialFamilyAssessment assessment) {
    return assessment.schemes().stream().flatMap(scheme -> scheme.ineligibilities().stream())
        .map(Ineligibility::messageEn).collect(Collectors.joining("; "));
  }

  private static String member(DeclaredFamily.Member member) {
    StringBuilder line = new StringBuilder(member.parent() ? "**父母** " : "**子女** ").append(member.name())
        .append(member.sex() == SpecialFamily.Sex.MALE ? "（男" : "（女").append("，").append(member.birthDate())
        .append("出生");
    if (member.idNumber() != null) {
      line.append("，身份证 ").append(member.idNumber());
    }
    line.append("）");
    if (member.parent()) {
      line.append(switch (member.dependency()) {
        case FULL -> " 失能";
        case PARTIAL -> " 半失能";
        case NONE -> "";
      });
    } else {
      line.append(member.living() ? " 健在" : " 已去世");
      if (member.disabilityGrade() != null) {
        line.append(" ").append(member.disabilityGrade()).append("级残疾");
      }
      if (member.adopted()) {
        line.append(" 收养");
      }
    }
    return line.toString();
  }

  private static String benefit(Benefit benefit) {
    String who = "身份证尾号" + benefit.parentIdNumber().substring(14);
    String period = benefit.frequency() == Frequency.MONTHLY ? "每月" : "每年";
    return who + period + (benefit.awaitingStandard() ? "金额待本市标准确定" : benefit.amount().toPlainString() + "元");
  }
}
