package cn.harbin.fertility.security;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/** The engine's own HTTP Basic check on {@code /engine-rest}, challenging with the staff realm, not the engine's name. */
public class EngineRestBasicAuthentication extends HttpBasicAuthenticationProvider {

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", StaffRealm.challenge());
  }
}
