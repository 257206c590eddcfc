package cn.harbin.fertility.payments;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The bank's payment instruction file of a batch: UTF-8 CSV, one row per payment, account numbers in full. It holds
 * what a bank needs and nothing more; the payment number comes back in the bank's result report. Rows are written as
 * they come, so that a file of any size passes through little memory.
 */
public final class BankFile implements Closeable {

  static final String[] HEADER = {"付款编号 payment", "收款人 payee", "开户银行 bank", "账号 account", "金额 amount (CNY)",
      "所属期 periods", "申请编号 application", "区县 division"};

  private final CSVPrinter csv;

  public BankFile(Appendable out) {
    try {
      csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void add(Disbursements.Payment payment) {
    try {
      csv.printRecord(payment.id(), cell(payment.payeeName()), cell(payment.bankName()), payment.bankAccount(),
          payment.amount().toPlainString(), payment.firstPeriod() + "~" + payment.lastPeriod(),
          payment.applicationNumber(), payment.divisionCode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  /** Text that a spreadsheet would run as a formula is quoted, whatever checks came before. */
  static String cell(String text) {
    return text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
  }

  public static String fileName(Disbursements.Summary batch) {
    return "disbursement-" + batch.scheme() + "-" + batch.period() + "-batch-" + batch.id() + ".csv";
  }
}
