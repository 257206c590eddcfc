package cn.harbin.fertility.nursery;

import cn.harbin.fertility.common.ConflictException;
import cn.harbin.fertility.common.NotFoundException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A nursery's contact person reports a month in the portal: only the nurseries they are the contact of, only a month
 * still awaited; every line checked first, then the children stored and the month's case continued, at once or not
 * at all.
 */
@Service
public class NurseryReportSubmissions {

  static final String REPORT_SUBMITTED = NurseryMonthCases.PROCESS_KEY + "-report-submitted";

  private final Nurseries nurseries;
  private final NurseryReports reports;
  private final RuntimeService runtimeService;
  private final Clock clock;

  public NurseryReportSubmissions(Nurseries nurseries, NurseryReports reports, RuntimeService runtimeService,
      Clock clock) {
    this.nurseries = nurseries;
    this.reports = reports;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** The nurseries the person with this identity number and phone is the contact of. */
  public List<Nurseries.Nursery> ofContact(String idNumber, String phone) {
    return nurseries.ofContact(idNumber, phone);
  }

  /** One of them; anybody else's answers 404 as one that does not exist. */
  public Nurseries.Nursery ofContact(String idNumber, String phone, String creditCode) {
    return ofContact(idNumber, phone).stream().filter(nursery -> nursery.creditCode().equals(creditCode)).findFirst()
        .orElseThrow(() -> new NotFoundException("未找到该托育机构", "No such nursery"));
  }

  public NurseryReports.Report month(Nurseries.Nursery nursery, YearMonth month) {
    return reports.find(nursery.creditCode(), month)
        .orElseThrow(() -> new NotFoundException("该月没有待报送或已报送的名单", "This month has no report"));
  }

  /** @return the month's case number */
  @Transactional
  public String submit(String idNumber, String phone, String creditCode, YearMonth month, String csv) {
    NurseryReports.Report report = month(ofContact(idNumber, phone, creditCode), month);
    List<EnrolledChild> children = EnrolmentCsv.read(csv, month);
    if (!reports.submit(report.applicationNumber(), children, clock.instant())) {
      throw new ConflictException("该月名单已报送或已逾期，不能再报送", "This month is reported already or past its last day");
    }
    runtimeService.createMessageCorrelation(REPORT_SUBMITTED).processInstanceBusinessKey(report.applicationNumber())
        .correlate();
    return report.applicationNumber();
  }
}
