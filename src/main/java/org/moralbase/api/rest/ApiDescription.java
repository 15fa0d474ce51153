package org.moralbase.api.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's head: title, and the two ways to authenticate (springdoc writes the rest from code). */
@Configuration
class ApiDescription {

    static final String BEARER = "token";
    static final String BASIC = "password";

    @Bean
    OpenAPI moralbaseApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Moralbase API")
                        .version("v1")
                        .description("Studies, exports, imports, models and runs for scripts. Errors are RFC 9457"
                                + " problem details. See docs/api.md."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal access token (mb_…)"))
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
