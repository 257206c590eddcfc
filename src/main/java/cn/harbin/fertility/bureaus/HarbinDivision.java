package cn.harbin.fertility.bureaus;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 18 county-level divisions of Harbin with their GB/T 2260 codes (CLAUSES.md "Harbin divisions").
 * The nine urban districts (九城区) matter for the home-purchase subsidy (§3.4.2b).
 */
public enum HarbinDivision {
  DAOLI("230102", "道里区", "Daoli District", true),
  NANGANG("230103", "南岗区", "Nangang District", true),
  DAOWAI("230104", "道外区", "Daowai District", true),
  PINGFANG("230108", "平房区", "Pingfang District", true),
  SONGBEI("230109", "松北区", "Songbei District", true),
  XIANGFANG("230110", "香坊区", "Xiangfang District", true),
  HULAN("230111", "呼兰区", "Hulan District", true),
  ACHENG("230112", "阿城区", "Acheng District", true),
  SHUANGCHENG("230113", "双城区", "Shuangcheng District", true),
  YILAN("230123", "依兰县", "Yilan County", false),
  FANGZHENG("230124", "方正县", "Fangzheng County", false),
  BIN("230125", "宾县", "Bin County", false),
  BAYAN("230126", "巴彦县", "Bayan County", false),
  MULAN("230127", "木兰县", "Mulan County", false),
  TONGHE("230128", "通河县", "Tonghe County", false),
  YANSHOU("230129", "延寿县", "Yanshou County", false),
  SHANGZHI("230183", "尚志市", "Shangzhi City", false),
  WUCHANG("230184", "五常市", "Wuchang City", false);

  private final String code;
  private final String nameZh;
  private final String nameEn;
  private final boolean urbanDistrict;

  HarbinDivision(String code, String nameZh, String nameEn, boolean urbanDistrict) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.urbanDistrict = urbanDistrict;
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** One of the nine urban districts (九城区). */
  public boolean urbanDistrict() {
    return urbanDistrict;
  }

  public static Optional<HarbinDivision> ofCode(String code) {
    return Arrays.stream(values()).filter(division -> division.code.equals(code)).findFirst();
  }
}
