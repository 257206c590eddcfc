package cn.harbin.fertility.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 34 provincial-level divisions of China (GB/T 2260): where a household registration outside Harbin may be. A
 * name is recognised in full (吉林省), without its suffix (吉林), in pinyin (Jilin, Xizang) or by its English name
 * where it has its own (Tibet).
 */
public final class ChineseProvinces {

  /** Full name, the same without its suffix, pinyin and any other Latin names. */
  private record Province(String name, String shortName, String pinyin, String... otherLatinNames) {

    boolean named(String given) {
      return name.equals(given) || shortName.equals(given) || pinyin.equalsIgnoreCase(given)
          || Arrays.stream(otherLatinNames).anyMatch(given::equalsIgnoreCase);
    }
  }

  private static final List<Province> ALL = List.of(
      new Province("北京市", "北京", "Beijing"), new Province("天津市", "天津", "Tianjin"),
      new Province("河北省", "河北", "Hebei"), new Province("山西省", "山西", "Shanxi"),
      new Province("内蒙古自治区", "内蒙古", "Neimenggu", "Inner Mongolia"), new Province("辽宁省", "辽宁", "Liaoning"),
      new Province("吉林省", "吉林", "Jilin"), new Province("黑龙江省", "黑龙江", "Heilongjiang"),
      new Province("上海市", "上海", "Shanghai"), new Province("江苏省", "江苏", "Jiangsu"),
      new Province("浙江省", "浙江", "Zhejiang"), new Province("安徽省", "安徽", "Anhui"),
      new Province("福建省", "福建", "Fujian"), new Province("江西省", "江西", "Jiangxi"),
      new Province("山东省", "山东", "Shandong"), new Province("河南省", "河南", "Henan"),
      new Province("湖北省", "湖北", "Hubei"), new Province("湖南省", "湖南", "Hunan"),
      new Province("广东省", "广东", "Guangdong"), new Province("广西壮族自治区", "广西", "Guangxi"),
      new Province("海南省", "海南", "Hainan"), new Province("重庆市", "重庆", "Chongqing"),
      new Province("四川省", "四川", "Sichuan"), new Province("贵州省", "贵州", "Guizhou"),
      new Province("云南省", "云南", "Yunnan"), new Province("西藏自治区", "西藏", "Xizang", "Tibet"),
      new Province("陕西省", "陕西", "Shaanxi"), new Province("甘肃省", "甘肃", "Gansu"),
      new Province("青海省", "青海", "Qinghai"), new Province("宁夏回族自治区", "宁夏", "Ningxia"),
      new Province("新疆维吾尔自治区", "新疆", "Xinjiang"), new Province("台湾省", "台湾", "Taiwan"),
      new Province("香港特别行政区", "香港", "Xianggang", "Hong Kong"),
      new Province("澳门特别行政区", "澳门", "Aomen", "Macao", "Macau"));

  private ChineseProvinces() {}

  /** @return the full name of the province so named, if it is one */
  public static Optional<String> named(String name) {
    String given = name.strip();
    return ALL.stream().filter(province -> province.named(given)).map(Province::name).findFirst();
  }
}
