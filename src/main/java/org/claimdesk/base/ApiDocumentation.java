package org.claimdesk.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document of /api/v1 (springdoc, served at /api/v1/openapi.json, Swagger UI at /api/v1/docs):
 * what it says of the API as a whole. Its paths come from the controllers; their errors from
 * {@link ProblemResponses}.
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI claimDeskOpenApi(@Value("${claimdesk.version:dev}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("ClaimDesk API")
                        .version(version)
                        .description("""
                                The JSON API of ClaimDesk under /api/v1: articles, claims, evidence, reviews, \
                                exports. Every call needs a signed-in user: HTTP Basic (the user's name and \
                                password) or an API token (Authorization: Bearer). Errors are \
                                application/problem+json (RFC 9457). Writes that carry a version use optimistic \
                                locking: a stale version is a 409."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The user's name and password."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("An API token issued to the user.")))
                // either scheme signs the call in (two requirements: one or the other, not both)
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    /**
     * Tags each operation with its module (the package under org.claimdesk: claim, evidence, review, ...) instead
     * of springdoc's one tag per controller class, so that the document reads by the application's modules.
     */
    @Bean
    GlobalOperationCustomizer tagByModule() {
        return (operation, handler) -> {
            String module = moduleOf(handler.getBeanType().getPackageName());
            if (module != null) {
                operation.setTags(List.of(module));
            }
            return operation;
        };
    }

    static String moduleOf(String packageName) {
        String root = "org.claimdesk.";
        if (!packageName.startsWith(root)) {
            return null;
        }
        String rest = packageName.substring(root.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
