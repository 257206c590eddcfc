package cn.harbin.fertility.specialfamily;

import cn.harbin.fertility.common.FieldError;
import cn.harbin.fertility.common.InvalidRequestException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records each bureau's decision on a support service when its task completes:
 * {@code ${specialFamilyServices.record(task)}}. A "not possible" without a reason is refused and the task stays.
 */
@Component("specialFamilyServices")
public class SpecialFamilyServices {

  private final JdbcClient jdbc;
  private final Clock clock;

  public SpecialFamilyServices(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record Decision(String service, String groupId, String outcome, String note) {}

  public void record(DelegateTask task) {
    String outcome = String.valueOf(task.getVariable("serviceOutcome"));
    Object note = task.getVariable("serviceNote");
    if (!outcome.equals("GRANTED") && !outcome.equals("REFUSED")) {
      throw new InvalidRequestException(List.of(new FieldError("serviceOutcome", "请选择办理结果", "Choose an outcome")));
    }
    if (outcome.equals("REFUSED") && (note == null || note.toString().isBlank())) {
      throw new InvalidRequestException(List.of(new FieldError("serviceNote", "无法办理时请说明理由",
          "Give the reason when the service is not possible")));
    }
    String groupId = task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
        && link.getGroupId() != null).map(link -> link.getGroupId()).findFirst().orElse("?");
    jdbc.sql("""
            INSERT INTO special_family_service (application_number, service, group_id, outcome, note, decided_at)
            VALUES (:number, :service, :group, :outcome, :note, :at)""")
        .param("number", task.getVariable("applicationNumber")).param("service", task.getVariable("service"))
        .param("group", groupId).param("outcome", outcome).param("note", note == null ? null : note.toString())
        .param("at", Timestamp.from(clock.instant())).update();
    // The next bureau's form must not open with this one's answer.
    task.removeVariable("serviceOutcome");
    task.removeVariable("serviceNote");
  }

  public List<Decision> decisions(String applicationNumber) {
    return jdbc.sql("SELECT service, group_id, outcome, note FROM special_family_service WHERE application_number = :n ORDER BY service")
        .param("n", applicationNumber)
        .query((row, i) -> new Decision(row.getString("service"), row.getString("group_id"), row.getString("outcome"),
            row.getString("note")))
        .list();
  }
}
