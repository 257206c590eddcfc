package cn.harbin.fertility.citizen;

import cn.harbin.fertility.common.Sequences;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in codes: six random digits for one identity number and phone, valid for minutes, used once, dead
 * after a few wrong entries. A new code replaces the person's earlier ones. Only a salted hash is stored.
 */
@Repository
class SignInCodes {

  private record Issued(long id, String codeHash, String salt) {}

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final SignInProperties properties;
  private final Clock clock;

  SignInCodes(JdbcClient jdbc, Sequences sequences, SignInProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.properties = properties;
    this.clock = clock;
  }

  /** @return the new code, to be sent to the phone */
  @Transactional
  String issue(Citizen person) {
    Instant now = clock.instant();
    jdbc.sql("UPDATE sign_in_code SET used_at = :now WHERE id_number = :id AND phone = :phone AND used_at IS NULL")
        .param("now", Timestamp.from(now)).param("id", person.idNumber()).param("phone", person.phone()).update();
    String code = String.format("%06d", random.nextInt(1_000_000));
    byte[] saltBytes = new byte[16];
    random.nextBytes(saltBytes);
    String salt = HexFormat.of().formatHex(saltBytes);
    jdbc.sql("""
            INSERT INTO sign_in_code (id, id_number, phone, code_hash, salt, issued_at, expires_at, failed_attempts)
            VALUES (:seq, :id, :phone, :hash, :salt, :now, :expires, 0)""")
        .param("seq", sequences.next("sign_in_code_seq")).param("id", person.idNumber()).param("phone", person.phone())
        .param("hash", hash(code, salt)).param("salt", salt).param("now", Timestamp.from(now))
        .param("expires", Timestamp.from(now.plus(properties.codeValidity()))).update();
    return code;
  }

  /**
   * Uses the person's live code if it is this one. Each entry takes one of the code's attempts before it is compared
   * (a conditional update), so that entries racing in parallel cannot test more codes than the attempts allow; a right
   * one uses the code up, even when two requests race with it.
   */
  @Transactional
  boolean redeem(Citizen person, String code) {
    Instant now = clock.instant();
    Optional<Issued> live = jdbc.sql("""
            SELECT id, code_hash, salt FROM sign_in_code
            WHERE id_number = :id AND phone = :phone AND used_at IS NULL AND expires_at > :now
              AND failed_attempts < :attempts
            ORDER BY id DESC""")
        .param("id", person.idNumber()).param("phone", person.phone()).param("now", Timestamp.from(now))
        .param("attempts", properties.codeAttempts())
        .query((row, n) -> new Issued(row.getLong("id"), row.getString("code_hash"), row.getString("salt")))
        .list().stream().findFirst();
    // failed_attempts counts every entry taken: a right one uses the code up, so what it counts no longer matters.
    if (live.isEmpty() || jdbc.sql("""
            UPDATE sign_in_code SET failed_attempts = failed_attempts + 1
            WHERE id = :id AND used_at IS NULL AND failed_attempts < :attempts""")
        .param("id", live.get().id()).param("attempts", properties.codeAttempts()).update() == 0) {
      return false;
    }
    if (!MessageDigest.isEqual(live.get().codeHash().getBytes(StandardCharsets.US_ASCII),
        hash(code, live.get().salt()).getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    return jdbc.sql("UPDATE sign_in_code SET used_at = :now WHERE id = :id AND used_at IS NULL")
        .param("now", Timestamp.from(now)).param("id", live.get().id()).update() == 1;
  }

  private static String hash(String code, String salt) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
