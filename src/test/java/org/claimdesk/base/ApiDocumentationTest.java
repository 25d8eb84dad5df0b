package org.claimdesk.base;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document at /api/v1/openapi.json: complete (every endpoint of the code is in it, so an endpoint
 * that springdoc stops seeing fails here), its errors documented as problem+json, and nothing but the API.
 */
@ClaimDeskSpringTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private JsonNode document() throws Exception {
        Reply reply = api.call("GET", "/api/v1/openapi.json", "checker", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply.body();
    }

    @Test
    void every_api_endpoint_of_the_code_is_in_the_document_with_its_methods() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> endpoints = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.claimdesk")) {
                return; // springdoc's own endpoints (the document, the Swagger UI's redirect) are not the API
            }
            for (String pattern : patterns(info)) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"); // {id:\d+} is {id} in OpenAPI
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + path;
                    endpoints.add(endpoint);
                    if (paths.get(path) == null || paths.get(path).get(method.name().toLowerCase()) == null) {
                        missing.add(endpoint);
                    }
                }
            }
        });
        assertThat(endpoints).as("the API's endpoints were found").hasSizeGreaterThan(50);
        assertThat(missing).as("endpoints missing from /api/v1/openapi.json").isEmpty();
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    @Test
    void every_operation_documents_its_errors_as_problem_json() throws Exception {
        JsonNode document = document();
        List<String> undocumented = new ArrayList<>();
        for (String path : document.get("paths").propertyNames()) {
            JsonNode item = document.get("paths").get(path);
            for (String method : item.propertyNames()) {
                JsonNode responses = item.get(method).get("responses");
                boolean problem = responses != null && responses.propertyNames().stream()
                        .filter(status -> status.startsWith("4"))
                        .anyMatch(status -> responses.get(status).path("content").has("application/problem+json"));
                if (!problem) {
                    undocumented.add(method + " " + path);
                }
            }
        }
        assertThat(undocumented).as("operations without a 4xx application/problem+json answer").isEmpty();
        assertThat(document.at("/components/schemas/ProblemDetail/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance");
    }

    @Test
    void errors_follow_the_shape_of_the_operation() throws Exception {
        JsonNode paths = document().get("paths");
        JsonNode edit = paths.at("/~1api~1v1~1claims~1{id}/put/responses");
        assertThat(edit.propertyNames()).contains("400", "401", "403", "404", "409", "503");
        assertThat(edit.at("/409/content/application~1problem+json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ProblemDetail");
        JsonNode list = paths.at("/~1api~1v1~1publishers/get/responses");
        assertThat(list.propertyNames()).contains("401", "403").doesNotContain("404", "409");
    }

    @Test
    void the_document_describes_the_api_its_version_and_both_ways_to_sign_in() throws Exception {
        JsonNode document = document();
        assertThat(document.at("/info/title").asString()).isEqualTo("ClaimDesk API");
        assertThat(document.at("/info/version").asString()).isNotBlank().doesNotContain("@");
        assertThat(document.at("/info/description").asString()).contains("problem+json");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void the_document_holds_only_the_api_tagged_by_module() throws Exception {
        JsonNode document = document();
        Set<String> paths = new TreeSet<>(document.get("paths").propertyNames());
        assertThat(paths).isNotEmpty().allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(paths).noneMatch(path -> path.contains("openapi.json") || path.contains("swagger")
                || path.contains("docs"));
        Set<String> tags = new TreeSet<>();
        document.get("tags").forEach(tag -> tags.add(tag.get("name").asString()));
        assertThat(tags).contains("article", "claim", "evidence", "review", "export", "security")
                .noneMatch(tag -> tag.endsWith("-controller"));
        assertThat(document.at("/paths/~1api~1v1~1claims~1{id}/put/tags/0").asString()).isEqualTo("claim");
    }

    @Test
    void the_document_needs_a_signed_in_user() throws Exception {
        Reply anonymous = api.call("GET", "/api/v1/openapi.json", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.call("GET", "/api/v1/openapi.json", ApiClient.WRONG_PASSWORD, null).status()).isEqualTo(401);
    }
}
