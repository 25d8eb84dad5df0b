package org.claimdesk.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Documents the errors of every operation as application/problem+json (what {@link ApiExceptionHandler} and the
 * security chain answer): springdoc sees only the success answers of the controllers. Which errors an operation
 * can get follows from its shape, so a new endpoint is documented without annotations.
 */
@Component
class ProblemResponses implements GlobalOpenApiCustomizer {

    static final String SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(SCHEMA, problemDetail());
        Set<String> tags = new TreeSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                addErrors(path, method, operation);
                if (operation.getTags() != null) {
                    tags.addAll(operation.getTags());
                }
            }));
        }
        // one tag a module, in name order (the operations were tagged by ApiDocumentation.tagByModule)
        openApi.setTags(tags.stream().map(name -> new Tag().name(name)).toList());
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (takesInput) {
            add(responses, "400", "Invalid input: a missing or malformed field or parameter (its name in \"field\").");
        }
        add(responses, "401", "Not signed in: send HTTP Basic credentials or an API token.");
        add(responses, "403", "The user's role or team does not allow this, or their password is to be changed first.");
        if (path.contains("{")) {
            add(responses, "404", "No such resource, or none the user may see.");
        }
        if (writes) {
            add(responses, "409", "Conflict: the version sent is stale (someone changed it since it was read), "
                    + "or the change does not fit the current state.");
        }
        add(responses, "503", "The service is unavailable for the moment (e.g. the database); try again later.");
    }

    /** An error the controller already documents keeps its own description, and gains the problem+json body. */
    private static void add(ApiResponses responses, String status, String description) {
        ApiResponse response = responses.computeIfAbsent(status, s -> new ApiResponse().description(description));
        if (response.getContent() == null) {
            response.setContent(new Content());
        }
        response.getContent().putIfAbsent(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }

    /** RFC 9457, as Spring's ProblemDetail writes it; a rejected input names its field. */
    private static Schema<?> problemDetail() {
        return new Schema<>()
                .type("object").types(Set.of("object"))
                .description("An error (RFC 9457 problem details).")
                .properties(Map.of(
                        "type", string("A URI that identifies the kind of problem (about:blank when none).").format("uri"),
                        "title", string("A short summary of the kind of problem."),
                        "status", new Schema<>().type("integer").types(Set.of("integer")).format("int32")
                                .description("The HTTP status code."),
                        "detail", string("What went wrong, for a person to read."),
                        "instance", string("The path of the request that failed.").format("uri"),
                        "field", string("The field or parameter that was rejected, when there is one.")))
                .required(java.util.List.of("title", "status"));
    }

    private static Schema<?> string(String description) {
        return new Schema<>().type("string").types(Set.of("string")).description(description);
    }
}
