package cn.harbin.fertility.birthonething;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate's PDF, read back with PDFBox as a reader would: its text, its fonts. */
class CertificatePdfTest {

  private static final Certificate CERTIFICATE = new Certificate("7KQ2M9XD4HWTR8PB", "CS-2026-000042",
      "provident-fund-loan", "§3.4.2c", Certificates.PROVIDENT_FUND_TITLE_ZH, Certificates.PROVIDENT_FUND_TITLE_EN,
      "经哈尔滨市住房公积金中心确认，该家庭按政策生育第2个子女。依据《哈尔滨市优化生育政策促进人口长期均衡发展的实施方案》"
          + "§3.4.2c，按政策生育二孩及以上的家庭申请住房公积金贷款，连续足额缴存满6个月即符合缴存时间条件。",
      "The Harbin Municipal Housing Provident Fund Center confirms that this family has its child no. 2 under the "
          + "policy; it qualifies for a loan after 6 months of continuous, full contribution.",
      List.of(new Certificate.Parent("王䶮", "2301**********0124"), new Certificate.Parent("张伟", "2301**********0151")),
      "张小明", LocalDate.of(2026, 9, 9), 2, "哈尔滨市住房公积金中心", "Harbin Municipal Housing Provident Fund Center",
      Instant.parse("2026-11-29T02:30:00Z"));

  private final CertificatePdf pdf = new CertificatePdf();

  @Test
  void theCertificateSaysWhatWasIssuedInChineseAndNamesWhereToVerifyIt() throws IOException {
    String longerThanALine = "https://fertility-support.harbin.gov.cn/services/after-a-birth/api/certificates/"
        + CERTIFICATE.printedCode();
    try (PDDocument document = Loader.loadPDF(pdf.render(CERTIFICATE, longerThanALine))) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(text).contains("住房公积金贷款缴存期限证明", "7KQ2-M9XD-4HWT-R8PB", "CS-2026-000042", "张伟（2301**********0151）",
          "张小明", "2026-09-09", "第2孩", "§3.4.2c", "连续足额缴存满6个月即符合缴存时间条件", "哈尔滨市住房公积金中心",
          "2026年11月29日", longerThanALine);
      assertThat(text).as("a character the font lacks is marked, not dropped").contains("王〓");
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("住房公积金贷款缴存期限证明 CS-2026-000042");
    }
  }

  @Test
  void onlyTheGlyphsUsedOfTheChineseFontAreEmbedded() throws IOException {
    byte[] written = pdf.render(CERTIFICATE, "https://example.gov.cn/api/certificates/x");
    try (PDDocument document = Loader.loadPDF(written)) {
      PDResources resources = document.getPage(0).getResources();
      List<PDFont> fonts = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).as("a subset's name").matches("[A-Z]{6}\\+WenQuanYiMicroHei");
      });
    }
    assertThat(written.length).as("a subset, not the 5 MB font").isLessThan(150_000);
  }
}
