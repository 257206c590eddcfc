package cn.harbin.fertility.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * What every case type's intake does alike: recognise a resubmission of the very same data, refuse a second live
 * claim on the same subject, and record the application under a number from the sequence. The case types add their
 * own validation, tables and process.
 */
@Service
public class CaseIntake {

  /**
   * @param claimKeys the subjects that may have one live claim each, e.g. {@code childcare-subsidy:<child's id>}
   * @param submittedData the application's data, to recognise the same submission sent again
   */
  public record NewCase(String caseType, String numberPrefix, List<String> claimKeys, Map<String, ?> submittedData,
      String applicantIdNumber, String applicantName, String divisionCode) {}

  /** @param created false when the very same application had been received before */
  public record Submission(String applicationNumber, boolean created) {}

  private static final Logger LOG = LoggerFactory.getLogger(CaseIntake.class);

  private final ApplicationRecords records;
  private final Clock clock;

  public CaseIntake(ApplicationRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /**
   * @return the number of the same application received before, if this is one
   * @throws ConflictException when a subject already has a live claim from other data
   */
  public Optional<String> earlierSubmission(NewCase newCase, Supplier<ConflictException> duplicateClaim) {
    for (String claimKey : newCase.claimKeys()) {
      Optional<ApplicationRecord> holder = liveHolder(claimKey);
      if (holder.isPresent()) {
        ApplicationRecord existing = holder.get();
        if (existing.submissionDigest().equals(digest(newCase.submittedData()))) {
          return Optional.of(existing.applicationNumber());
        }
        throw duplicateClaim.get();
      }
    }
    return Optional.empty();
  }

  /**
   * Records the application and takes its live claims. A claim taken by someone else, even a moment ago, refuses the
   * whole application (the caller's transaction rolls back).
   *
   * @return the new application number
   */
  public String register(NewCase newCase, ApplicationRecord.Channel channel, Supplier<ConflictException> duplicateClaim) {
    for (String claimKey : newCase.claimKeys()) {
      if (liveHolder(claimKey).isPresent()) {
        throw duplicateClaim.get();
      }
    }
    String number = records.nextNumber(newCase.numberPrefix(), LocalDate.now(clock));
    records.insert(new ApplicationRecord(number, newCase.caseType(), channel, ApplicationRecord.Status.RECEIVED,
        IdentityNumber.parse(newCase.applicantIdNumber()).orElseThrow().value(), newCase.applicantName().strip(),
        newCase.divisionCode().strip(), digest(newCase.submittedData()), clock.instant(), null, null, null));
    try {
      for (String claimKey : newCase.claimKeys()) {
        records.claim(claimKey, number);
      }
    } catch (DuplicateKeyException claimedMeanwhile) {
      throw duplicateClaim.get();
    }
    return number;
  }

  /**
   * The application holding a claim. The foreign key forbids a claim without its application, yet H2's recovery after
   * a crash of an older version (which wrote commits lazily) left such rows behind; one would block its subject for
   * ever and turn every application for it into an error, so it is released here.
   */
  private Optional<ApplicationRecord> liveHolder(String claimKey) {
    Optional<String> holderNumber = records.liveClaimHolder(claimKey);
    Optional<ApplicationRecord> holder = holderNumber.flatMap(records::find);
    if (holderNumber.isPresent() && holder.isEmpty()) {
      LOG.warn("released a claim of application {}, which has no record", holderNumber.get());
      records.releaseClaim(claimKey);
    }
    return holder;
  }

  /** Identifies a resubmission of the very same data, whichever spacing or letter case it came with. */
  static String digest(Map<String, ?> data) {
    try {
      Map<String, String> canonical = new TreeMap<>();
      data.forEach((name, value) -> canonical.put(name, value == null ? "" : value.toString().strip().toUpperCase()));
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
