package cn.harbin.fertility.bureaus;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The operator's administrator account. Outside the demo profile it comes from the environment
 * ({@code HARBIN_ADMIN_ID}, {@code HARBIN_ADMIN_PASSWORD}); start-up stops with this message when it is missing.
 */
@Validated
@ConfigurationProperties("harbin.admin")
public record AdminAccountProperties(
    @NotBlank(message = "未设置管理员账号：请设置环境变量 HARBIN_ADMIN_ID / no administrator: set the environment variable HARBIN_ADMIN_ID")
    String id,
    @NotBlank(message = "未设置管理员密码：请设置环境变量 HARBIN_ADMIN_PASSWORD / no administrator password: set the environment variable HARBIN_ADMIN_PASSWORD")
    String password) {}
