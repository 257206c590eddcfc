package cn.harbin.fertility.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Posts each message as JSON to the SMS platform configured under {@code harbin.sms.http}:
 * {@code {"phone": "139…", "signature": "…", "text": "…"}} with {@code Authorization: Bearer <token>}. Any 2xx answer
 * means the platform took the message.
 */
public class HttpSmsGateway implements SmsGateway {

  private final SmsProperties.Http settings;
  private final String signature;
  private final HttpClient client;
  private final ObjectMapper json = new ObjectMapper();

  public HttpSmsGateway(SmsProperties.Http settings, String signature) {
    this.settings = settings;
    this.signature = signature;
    this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
  }

  @Override
  public void send(String phone, String text) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(
              Map.of("phone", phone, "signature", signature, "text", text))));
      if (settings.token() != null && !settings.token().isBlank()) {
        request.header("Authorization", "Bearer " + settings.token());
      }
      HttpResponse<Void> answer = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() / 100 != 2) {
        throw new SmsNotSentException("the SMS platform answered " + answer.statusCode());
      }
    } catch (IOException unreachable) {
      throw new SmsNotSentException("the SMS platform could not be reached: " + unreachable, unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new SmsNotSentException("interrupted while sending", interrupted);
    }
  }

  @Override
  public boolean delivers() {
    return true;
  }
}
