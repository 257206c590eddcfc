package cn.harbin.fertility.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code harbin.login-throttle.*}: how many failed staff logins a client address, and an account from one address,
 * may have before it waits, and how fast the allowance comes back ({@link LoginThrottle}).
 */
@ConfigurationProperties("harbin.login-throttle")
public record LoginThrottleProperties(
    @DefaultValue("20") int addressFailures,
    @DefaultValue("30s") Duration addressRefill,
    @DefaultValue("5") int accountFailures,
    @DefaultValue("12s") Duration accountRefill) {}
