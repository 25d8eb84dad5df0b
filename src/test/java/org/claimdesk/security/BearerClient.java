package org.claimdesk.security;

import org.claimdesk.ApiClient.Reply;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the API as a script does: a raw HTTP client with {@code Authorization: Bearer <token>}. */
final class BearerClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final int port;

    BearerClient(int port) {
        this.port = port;
    }

    /** A GET with the given Authorization header value as it is ("Bearer cdt_..."), or none when null. */
    Reply get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body().isBlank() ? null : json.readTree(response.body()));
    }

    Reply bearer(String path, String token) throws Exception {
        return get(path, "Bearer " + token);
    }
}
