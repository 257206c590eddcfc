package cn.harbin.fertility.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A staff member signed in to a Camunda webapp the way the browser does it: the CSRF cookie from a first GET, the
 * form login, then the webapps' own API ({@code /camunda/api/...}) with the session cookie and the CSRF header.
 */
public final class WebappSession {

  private final String rootUri;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  private WebappSession(String rootUri) {
    this.rootUri = rootUri;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** @return the signed-in session; fails the test when the login is refused */
  public static WebappSession login(String rootUri, String app, String userId, String password) {
    WebappSession session = new WebappSession(rootUri);
    session.get("/camunda/api/engine/engine/");
    String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new AssertionError("login of " + userId + " to " + app + " answered " + login.statusCode());
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> send(String method, String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rootUri + path)).header("Accept", "application/json");
    cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
