package cn.harbin.fertility.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's browser without JavaScript: keeps its cookies, sends the CSRF token of the last page it got with each
 * form, follows no redirects, and can claim to come from another address (X-Forwarded-For, which the application
 * trusts from loopback only).
 */
public class PortalClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final String address;
  private String csrf;

  public PortalClient(int port, String address) {
    this.base = "http://localhost:" + port;
    this.address = address;
  }

  public HttpResponse<String> get(String path) {
    return remember(send(request(path).GET()));
  }

  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    if (csrf != null) {
      form.putIfAbsent("_csrf", csrf);
    }
    StringBuilder body = new StringBuilder();
    form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(encode(name)).append('=')
        .append(encode(value)));
    return remember(send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
  }

  /** A multipart form: text fields, then each file as a part named {@code files}. */
  public HttpResponse<String> postFiles(String path, Map<String, String> fields, Map<String, byte[]> files) {
    return postFiles(path, fields, "files", files);
  }

  /** A multipart form: text fields, then each file as a part of the given name. */
  public HttpResponse<String> postFiles(String path, Map<String, String> fields, String part,
      Map<String, byte[]> files) {
    String boundary = "----portal" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.putIfAbsent("_csrf", csrf);
    form.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"\r\n\r\n" + value + "\r\n"));
    files.forEach((name, content) -> {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + name
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(content);
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return remember(send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
  }

  /** A file a page links to (a certificate's PDF), as bytes. */
  public HttpResponse<byte[]> download(String path) {
    return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Signs in with the code the demo gateway logged; the answer is the redirect to "my applications". */
  public HttpResponse<String> signIn(String idNumber, String phone, SmsLog sms) {
    get("/portal/sign-in");
    post("/portal/sign-in/code", Map.of("idNumber", idNumber, "phone", phone));
    return post("/portal/sign-in", Map.of("code", sms.lastCodeTo(phone)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
        .header("Accept-Language", "zh-CN");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request.build(), body);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private HttpResponse<String> remember(HttpResponse<String> response) {
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return response;
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
