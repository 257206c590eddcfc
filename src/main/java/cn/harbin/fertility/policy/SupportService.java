package cn.harbin.fertility.policy;

/** The services of §3.5.2 and §3.5.3 a special family may ask for, each decided by its own bureau. */
public enum SupportService {
  PRIORITY_HOUSING("§3.5.2", "保障性住房优先审核登记", "Priority public housing"),
  ELDERLY_CARE_ADMISSION("§3.5.2", "优先轮候入住公办养老机构", "Priority admission to a public elderly-care home"),
  MEDICAL_GREEN_CHANNEL("§3.5.2", "就医绿色通道和家庭医生签约", "Medical green channel and family-doctor contract"),
  NURSING_INSURANCE("§3.5.2", "住院护理补贴保险", "Hospitalisation nursing insurance"),
  CARE_VISITS("§3.5.3", "暖心行动（精神慰藉、走访慰问、志愿服务）", "Warm-heart care visits");

  private final String clause;
  private final String nameZh;
  private final String nameEn;

  SupportService(String clause, String nameZh, String nameEn) {
    this.clause = clause;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String clause() {
    return clause;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
