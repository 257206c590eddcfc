package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.Notifications;
import java.time.Instant;
import java.util.List;

/** Where a case stands, as its applicant sees it; identity numbers masked. */
public record ApplicationStatus(
    String applicationNumber,
    String caseType,
    String status,
    String applicantIdNumber,
    Instant receivedAt,
    String currentStepZh,
    String currentBureauZh,
    String currentBureauEn,
    Instant decidedAt,
    String outcomeZh,
    String outcomeEn,
    List<Notifications.Notification> messages) {}
