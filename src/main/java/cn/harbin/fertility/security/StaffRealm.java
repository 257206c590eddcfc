package cn.harbin.fertility.security;

import java.nio.charset.StandardCharsets;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HttpBasicConfigurer;

/**
 * The name that every HTTP Basic challenge of ours gives the staff login, in Chinese. A header value travels as one
 * byte per character, so the name is handed over as its UTF-8 bytes, which is how browsers read it (RFC 7617).
 */
public final class StaffRealm {

  public static final String NAME = "哈尔滨市生育支持业务系统";
  static final String UTF8_BYTES = new String(NAME.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

  private StaffRealm() {}

  /** HTTP Basic for a Spring Security chain, challenging with this realm. */
  public static Customizer<HttpBasicConfigurer<HttpSecurity>> httpBasic() {
    return basic -> basic.realmName(UTF8_BYTES);
  }

  static String challenge() {
    return "Basic realm=\"" + UTF8_BYTES + "\"";
  }
}
