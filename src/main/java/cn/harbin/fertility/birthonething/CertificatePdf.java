package cn.harbin.fertility.birthonething;

import cn.harbin.fertility.common.TimeConfiguration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A certificate as a one-page A4 PDF, written with Apache PDFBox. Its text is in WenQuanYi Micro Hei (bundled under
 * {@code fonts/}, Apache License 2.0), of which only the glyphs used are embedded, so that the certificate reads the
 * same on any reader and printer, with or without Chinese fonts installed.
 */
@Component
public class CertificatePdf {

  static final String FONT = "fonts/wqy-microhei.ttc";
  private static final String FONT_NAME = "WenQuanYiMicroHei";
  /** Printed for a character the font does not have (a rare name character): the verification shows it right. */
  private static final int MISSING = '〓';
  private static final float MARGIN = 64;
  /** A Latin word with what sticks to it, a space, or any other single character (Chinese breaks anywhere). */
  private static final Pattern UNBREAKABLE = Pattern.compile("[\\x21-\\x7E]+|\\s|.");
  private static final DateTimeFormatter ISSUED_ON = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /** Read on the first certificate, not at start-up: most nodes never write one. */
  private byte[] font;

  private synchronized byte[] font() {
    if (font == null) {
      try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
        font = in.readAllBytes();
      } catch (IOException missing) {
        throw new UncheckedIOException("the certificate font " + FONT + " is not on the class path", missing);
      }
    }
    return font;
  }

  /** @param verificationUrl where anyone can confirm this certificate by its code */
  public byte[] render(Certificate certificate, String verificationUrl) {
    try (TrueTypeCollection fonts = new TrueTypeCollection(new ByteArrayInputStream(font()));
        PDDocument document = new PDDocument()) {
      TrueTypeFont truetype = fonts.getFontByName(FONT_NAME);
      Page page = new Page(document, PDType0Font.load(document, truetype, true), truetype.getUnicodeCmapLookup());
      write(page, certificate, verificationUrl);
      page.close();
      describe(document.getDocumentInformation(), certificate);
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException failed) {
      throw new UncheckedIOException("certificate " + certificate.applicationNumber() + " could not be written", failed);
    }
  }

  private static void write(Page page, Certificate certificate, String verificationUrl) throws IOException {
    page.centred(certificate.titleZh(), 22);
    page.centred(certificate.titleEn(), 10);
    page.gap(18);
    page.paragraph("证明编号 / Verification code：" + certificate.printedCode(), 12);
    page.paragraph("申请编号 / Application number：" + certificate.applicationNumber(), 12);
    page.paragraph("父母 / Parents：" + certificate.parents().stream()
        .map(parent -> parent.name() + "（" + parent.maskedIdNumber() + "）").collect(Collectors.joining("，")), 12);
    page.paragraph("子女 / Child：" + certificate.childName() + "，" + certificate.childBirthDate() + " 出生，第"
        + certificate.birthOrder() + "孩", 12);
    page.paragraph("依据 / Clause：" + certificate.clause(), 12);
    page.gap(12);
    page.paragraph(certificate.statementZh(), 13);
    page.gap(6);
    page.paragraph(certificate.statementEn(), 9.5f);
    page.gap(24);
    page.paragraph("出具单位 / Issued by：" + certificate.issuerZh() + "（" + certificate.issuerEn() + "）", 12);
    page.paragraph("出具日期 / Issued on：" + certificate.issuedAt().atZone(TimeConfiguration.HARBIN).format(ISSUED_ON)
        + "（" + certificate.issuedAt().atZone(TimeConfiguration.HARBIN).toLocalDate() + "）", 12);
    page.gap(24);
    page.paragraph("本证明为电子证明，凭证明编号在线核验，核验结果应与本证明内容一致。", 10);
    page.paragraph("An electronic certificate: verify it by its code; what the verification shows must match this "
        + "page.", 10);
    page.paragraph(verificationUrl, 10);
    page.frame();
  }

  private static void describe(PDDocumentInformation information, Certificate certificate) {
    information.setTitle(certificate.titleZh() + " " + certificate.applicationNumber());
    information.setAuthor(certificate.issuerZh());
    information.setSubject(certificate.clause());
    information.setCreator("哈尔滨市生育支持业务系统");
    GregorianCalendar issued = GregorianCalendar.from(certificate.issuedAt().atZone(TimeConfiguration.HARBIN));
    information.setCreationDate(issued);
    information.setModificationDate(issued);
  }

  /** One A4 page written from the top down, lines wrapped at the margins. */
  private static final class Page {

    private final PDPageContentStream content;
    private final PDType0Font font;
    private final CmapLookup characters;
    private final PDRectangle box = PDRectangle.A4;
    private float y = box.getHeight() - MARGIN - 16;

    Page(PDDocument document, PDType0Font font, CmapLookup characters) throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      this.content = new PDPageContentStream(document, page);
      this.font = font;
      this.characters = characters;
    }

    void centred(String text, float size) throws IOException {
      String printable = printable(text);
      show(printable, (box.getWidth() - width(printable, size)) / 2, size);
    }

    /** Wrapped between words, and between any two Chinese characters; a word longer than a line (a URL) is cut. */
    void paragraph(String text, float size) throws IOException {
      float room = box.getWidth() - 2 * MARGIN;
      for (String line : wrap(printable(text), size, room)) {
        show(line, MARGIN, size);
      }
    }

    void gap(float points) {
      y -= points;
    }

    void frame() throws IOException {
      content.setLineWidth(1.2f);
      content.addRect(MARGIN - 20, MARGIN - 20, box.getWidth() - 2 * (MARGIN - 20),
          box.getHeight() - 2 * (MARGIN - 20));
      content.stroke();
    }

    void close() throws IOException {
      content.close();
    }

    private void show(String text, float x, float size) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y);
      content.showText(text);
      content.endText();
      y -= size * 1.6f;
    }

    private List<String> wrap(String text, float size, float room) throws IOException {
      List<String> lines = new ArrayList<>();
      String line = "";
      Matcher pieces = UNBREAKABLE.matcher(text);
      while (pieces.find()) {
        String piece = pieces.group();
        if (width(line + piece, size) <= room) {
          line += piece;
        } else if (piece.isBlank()) {
          lines.add(line);
          line = "";
        } else {
          if (!line.isBlank()) {
            lines.add(line.strip());
          }
          line = piece;
          while (width(line, size) > room) {
            int fits = fitting(line, size, room);
            lines.add(line.substring(0, fits));
            line = line.substring(fits);
          }
        }
      }
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
      return lines;
    }

    /** How many characters of a word wider than the line fit on it. */
    private int fitting(String word, float size, float room) throws IOException {
      int end = 1;
      while (end < word.length() && width(word.substring(0, word.offsetByCodePoints(end, 1)), size) <= room) {
        end = word.offsetByCodePoints(end, 1);
      }
      return end;
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    private String printable(String text) {
      StringBuilder printable = new StringBuilder(text.length());
      text.codePoints().forEach(character -> printable.appendCodePoint(
          characters.getGlyphId(character) == 0 ? MISSING : character));
      return printable.toString();
    }
  }
}
