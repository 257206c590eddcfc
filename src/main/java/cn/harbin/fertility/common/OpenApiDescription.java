package cn.harbin.fertility.common;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} and Swagger UI say of the API as a whole, and the staff login ({@code basic}) that the
 * administrators' and finance's endpoints name.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "哈尔滨市生育支持业务系统 / Harbin fertility support", version = "1",
    description = "市民申请与查询、工作人员的导入与发放 / citizens' applications and lookups, staff imports and payments"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
    description = "工作人员账号（HTTP Basic）/ a staff account (HTTP Basic)")
class OpenApiDescription {}
