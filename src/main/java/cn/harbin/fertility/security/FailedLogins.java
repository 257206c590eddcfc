package cn.harbin.fertility.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * How {@link LoginThrottle} tells a failed staff login: answered 401, or marked here by a login form that sends its
 * user back to its page instead (the supervisors' sign-in), whose redirect alone would not say that the password was
 * wrong.
 */
public final class FailedLogins {

  private static final String MARK = FailedLogins.class.getName();

  private FailedLogins() {}

  /** A form login's failure: marked as failed, then sent to the page with the error. */
  public static AuthenticationFailureHandler redirectingTo(String pageWithError) {
    SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler(pageWithError);
    return (request, response, refused) -> {
      request.setAttribute(MARK, Boolean.TRUE);
      redirect.onAuthenticationFailure(request, response, refused);
    };
  }

  static boolean failed(HttpServletRequest request, HttpServletResponse response) {
    return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED || request.getAttribute(MARK) != null;
  }
}
