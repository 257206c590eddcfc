package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.policy.BirthSchemeParameters;
import java.util.Map;

/** The schemes of the birth bundle and their answers as a family reads them. */
final class BirthSchemeNames {

  private static final Map<String, String> SCHEMES = Map.of(
      BirthSchemes.CITY_CHILDCARE_SUBSIDY, "市级育儿补贴",
      BirthSchemeParameters.NATIONAL_CHILDCARE_SUBSIDY, "国家育儿补贴",
      BirthSchemeParameters.HOME_PURCHASE_SUBSIDY, "购房补贴",
      BirthSchemeParameters.NEWBORN_INSURANCE, "新生儿参加居民医保",
      BirthSchemeParameters.PROVIDENT_FUND_LOAN, "住房公积金贷款",
      BirthSchemeParameters.PUBLIC_RENTAL_HOUSING, "公租房优先配租",
      BirthSchemeParameters.INCOME_TAX_DEDUCTION, "个人所得税专项附加扣除");
  private static final Map<String, String> RESULTS = Map.of(
      "APPLIES", "符合条件，正在办理",
      "NOT_APPLICABLE", "不符合条件",
      "INFORMATION", "告知",
      "GRANTED", "已批准",
      "REFUSED", "不予批准",
      "ENROLLED", "已参保",
      "NOT_ENROLLED", "未参保",
      "CONFIRMED", "已确认",
      "RECORDED", "已登记");

  private BirthSchemeNames() {}

  static String zh(String scheme) {
    return SCHEMES.getOrDefault(scheme, scheme);
  }

  static String resultZh(String result) {
    return RESULTS.getOrDefault(result, result);
  }
}
