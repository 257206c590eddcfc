package cn.harbin.fertility.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.harbin.fertility.childcaresubsidy.ChildcareSubsidyIntake;
import cn.harbin.fertility.childcaresubsidy.TestFamily;
import cn.harbin.fertility.common.TimeConfiguration;
import cn.harbin.fertility.population.JdbcPopulationRegistry;
import cn.harbin.fertility.support.ApplicationOnH2;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case messages reach the SMS platform after their case moved on: posted as JSON with the platform's token, tried
 * again when the platform fails, and given up after the configured attempts. The platform here is a local HTTP
 * server that fails as often as a test tells it to.
 */
@ApplicationOnH2
class NotificationDeliveryTest {

  @Autowired ChildcareSubsidyIntake intake;
  @Autowired JdbcPopulationRegistry registry;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired Notifications notifications;

  private HttpServer platform;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresToCome = new AtomicInteger();
  /** Only messages to this phone fail: other tests' messages in the shared database go through. */
  private volatile String failingPhone = "";

  @BeforeEach
  void startThePlatform() throws IOException {
    platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    platform.createContext("/sms", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(body);
      tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
      boolean fail = body.contains(failingPhone) && failuresToCome.getAndDecrement() > 0;
      exchange.sendResponseHeaders(fail ? 503 : 200, -1);
      exchange.close();
    });
    platform.start();
  }

  @AfterEach
  void stopThePlatform() {
    platform.stop(0);
  }

  private NotificationDelivery deliveryThroughThePlatform(int attempts) {
    SmsProperties properties = new SmsProperties("http", "哈尔滨市卫生健康委员会",
        new SmsProperties.Http(URI.create("http://127.0.0.1:" + platform.getAddress().getPort() + "/sms"), "city-token",
            Duration.ofSeconds(5)), attempts, Duration.ZERO);
    return new NotificationDelivery(jdbc, new HttpSmsGateway(properties.http(), properties.signature()), properties,
        clock);
  }

  private String applyWithPhone(String phone) {
    TestFamily family = TestFamily.of("230102", LocalDate.now(TimeConfiguration.HARBIN).minusMonths(5), 2)
        .registerIn(registry, 2);
    return intake.submitOnline(family.application(phone)).applicationNumber();
  }

  private List<String> deliveries(String number) {
    return jdbc.sql("SELECT delivery || ':' || delivery_attempts FROM notification WHERE application_number = :n")
        .param("n", number).query(String.class).list();
  }

  @Test
  void aFailedSendIsTriedAgainUntilThePlatformTakesIt() {
    String number = applyWithPhone("13904519901");
    assertThat(deliveries(number)).containsExactly("PENDING:0");
    NotificationDelivery delivery = deliveryThroughThePlatform(5);
    failingPhone = "13904519901";
    failuresToCome.set(2);

    delivery.deliverDue();
    assertThat(deliveries(number)).containsExactly("PENDING:1");
    delivery.deliverDue();
    delivery.deliverDue();

    assertThat(deliveries(number)).containsExactly("SENT:3");
    assertThat(received).filteredOn(body -> body.contains("\"phone\":\"13904519901\"")).hasSize(3)
        .allMatch(body -> body.contains("\"signature\":\"哈尔滨市卫生健康委员会\"") && body.contains(number));
    assertThat(tokens).contains("Bearer city-token");
    delivery.deliverDue();
    assertThat(received).filteredOn(body -> body.contains("13904519901")).as("sent once").hasSize(3);
  }

  @Test
  void aMessageIsGivenUpAfterItsAttemptsAndStaysOnTheCase() {
    String number = applyWithPhone("13904519902");
    NotificationDelivery delivery = deliveryThroughThePlatform(2);
    failingPhone = "13904519902";
    failuresToCome.set(1_000);

    delivery.deliverDue();
    delivery.deliverDue();
    delivery.deliverDue();

    assertThat(deliveries(number)).containsExactly("FAILED:2");
    assertThat(received).filteredOn(body -> body.contains("13904519902")).hasSize(2);
  }

  @Test
  void aBacklogLargerThanOnePageIsSentInOnePass() {
    String number = applyWithPhone("13904519903");
    for (int message = 1; message <= 120; message++) {
      notifications.send(number, "第 " + message + " 条", "message " + message);
    }

    deliveryThroughThePlatform(3).deliverDue();

    assertThat(deliveries(number)).hasSize(121).containsOnly("SENT:1");
  }

  @Test
  void theHttpGatewayNeedsTheAddressOfThePlatform() {
    assertThatThrownBy(() -> new SmsGatewayConfiguration().smsGateway(
        new SmsProperties("http", "签名", new SmsProperties.Http(URI.create(""), null, Duration.ofSeconds(1)), 3,
            Duration.ofMinutes(1))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("HARBIN_SMS_URL");
  }
}
