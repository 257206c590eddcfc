package cn.harbin.fertility.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.harbin.fertility.support.ApplicationOnH2;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A code's attempts hold against entries sent at the same time, not only one after another. */
@ApplicationOnH2
class SignInCodesTest {

  @Autowired SignInCodes codes;
  @Autowired SignInProperties properties;
  @Autowired JdbcClient jdbc;

  @Test
  void parallelEntriesTestNoMoreCodesThanTheAttemptsAllow() throws Exception {
    Citizen person = new Citizen("23010219900101" + ThreadLocalRandom.current().nextInt(1000, 9999), "13900139000");
    String code = codes.issue(person);
    String wrong = code.equals("000000") ? "111111" : "000000";
    int entries = 4 * properties.codeAttempts();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> answers = new ArrayList<>();
    ExecutorService guessers = Executors.newFixedThreadPool(entries);
    try {
      for (int i = 0; i < entries; i++) {
        Callable<Boolean> entry = () -> {
          start.await();
          return codes.redeem(person, wrong);
        };
        answers.add(guessers.submit(entry));
      }
      start.countDown();
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get()).isFalse();
      }
    } finally {
      guessers.shutdownNow();
    }

    assertThat(jdbc.sql("SELECT failed_attempts FROM sign_in_code WHERE id_number = :id AND phone = :phone")
        .param("id", person.idNumber()).param("phone", person.phone()).query(Integer.class).single())
        .as("entries compared").isEqualTo(properties.codeAttempts());
    assertThat(codes.redeem(person, code)).as("the right code, after the attempts are used up").isFalse();
  }
}
