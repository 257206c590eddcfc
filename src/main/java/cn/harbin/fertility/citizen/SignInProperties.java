package cn.harbin.fertility.citizen;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code harbin.portal.sign-in.*}: how long a code lives, how often it may be guessed, and the rate limits.
 *
 * @param codeValidity how long a code may be used after it was sent
 * @param codeAttempts wrong entries after which a code is dead, whoever enters them
 * @param codesPerPhone codes sent to one phone within {@code codesPeriod}
 * @param codesPerAddress codes requested from one client address within {@code codesPeriod} (SMS cost and bombing)
 * @param failuresPerAddress failed sign-ins from one client address within {@code failuresPeriod}
 */
@ConfigurationProperties("harbin.portal.sign-in")
public record SignInProperties(
    @DefaultValue("5m") Duration codeValidity,
    @DefaultValue("5") int codeAttempts,
    @DefaultValue("5") int codesPerPhone,
    @DefaultValue("20") int codesPerAddress,
    @DefaultValue("1h") Duration codesPeriod,
    @DefaultValue("10") int failuresPerAddress,
    @DefaultValue("15m") Duration failuresPeriod) {}
