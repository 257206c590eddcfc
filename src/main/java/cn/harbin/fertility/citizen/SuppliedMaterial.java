package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.Sequences;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code material_submission} and {@code material_file} tables: what citizens supplied online, with its hash. */
@Repository
public class SuppliedMaterial {

  /** A file checked and ready to keep: its content type as detected from the content. */
  public record Upload(String fileName, String mediaType, byte[] content) {}

  public record Submission(long id, String description, Instant submittedAt, List<StoredFile> files) {}

  public record StoredFile(long id, long submissionId, String applicationNumber, String fileName, String mediaType,
      long sizeBytes, String sha256) {}

  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final Clock clock;

  public SuppliedMaterial(JdbcClient jdbc, Sequences sequences, Clock clock) {
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.clock = clock;
  }

  /** @return the stored files, in the order given */
  List<StoredFile> insert(String applicationNumber, String description, List<Upload> uploads) {
    long submission = sequences.next("material_submission_seq");
    jdbc.sql("""
            INSERT INTO material_submission (id, application_number, description, submitted_at)
            VALUES (:id, :number, :description, :at)""")
        .param("id", submission).param("number", applicationNumber).param("description", description)
        .param("at", Timestamp.from(clock.instant())).update();
    return uploads.stream().map(upload -> {
      long id = sequences.next("material_file_seq");
      String sha256 = sha256(upload.content());
      jdbc.sql("""
              INSERT INTO material_file (id, submission_id, file_name, media_type, size_bytes, sha256, content)
              VALUES (:id, :submission, :name, :type, :size, :sha, :content)""")
          .param("id", id).param("submission", submission).param("name", upload.fileName())
          .param("type", upload.mediaType()).param("size", upload.content().length).param("sha", sha256)
          .param("content", upload.content()).update();
      return new StoredFile(id, submission, applicationNumber, upload.fileName(), upload.mediaType(), upload.content().length,
          sha256);
    }).toList();
  }

  public List<Submission> of(String applicationNumber) {
    List<StoredFile> files = jdbc.sql("""
            SELECT f.id, f.submission_id, s.application_number, f.file_name, f.media_type, f.size_bytes, f.sha256
            FROM material_file f JOIN material_submission s ON s.id = f.submission_id
            WHERE s.application_number = :number ORDER BY f.id""")
        .param("number", applicationNumber).query(SuppliedMaterial::file).list();
    return jdbc.sql("""
            SELECT id, description, submitted_at FROM material_submission
            WHERE application_number = :number ORDER BY id""")
        .param("number", applicationNumber)
        .query((row, n) -> {
          long id = row.getLong("id");
          return new Submission(id, row.getString("description"), row.getTimestamp("submitted_at").toInstant(),
              files.stream().filter(file -> file.submissionId() == id).toList());
        })
        .list();
  }

  public Optional<StoredFile> file(long fileId) {
    return jdbc.sql("""
            SELECT f.id, f.submission_id, s.application_number, f.file_name, f.media_type, f.size_bytes, f.sha256
            FROM material_file f JOIN material_submission s ON s.id = f.submission_id WHERE f.id = :id""")
        .param("id", fileId).query(SuppliedMaterial::file).optional();
  }

  public byte[] content(long fileId) {
    return jdbc.sql("SELECT content FROM material_file WHERE id = :id").param("id", fileId)
        .query((row, n) -> row.getBytes("content")).single();
  }

  private static StoredFile file(ResultSet row, int n) throws SQLException {
    return new StoredFile(row.getLong("id"), row.getLong("submission_id"), row.getString("application_number"), row.getString("file_name"),
        row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
