package cn.harbin.fertility.common;

import java.time.Instant;

/** One case of any type, as the citizen tracks it. */
public record ApplicationRecord(
    String applicationNumber,
    String caseType,
    Channel channel,
    Status status,
    String applicantIdNumber,
    String applicantName,
    String divisionCode,
    String submissionDigest,
    Instant receivedAt,
    Instant decidedAt,
    String outcomeReasonZh,
    String outcomeReasonEn) {

  public enum Channel {
    ONLINE,
    COUNTER;

    /** The channel a case's start variables declare: online only when they say so. */
    public static Channel declaredBy(Object channelVariable) {
      return ONLINE.name().equals(channelVariable) ? ONLINE : COUNTER;
    }
  }

  /** Where a case stands; every case ends in one of the last four. */
  public enum Status {
    RECEIVED,
    GRANTED,
    REJECTED,
    WITHDRAWN,
    CLOSED
  }
}
