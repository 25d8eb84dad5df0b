package org.claimdesk;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the REST API over real HTTP as a demo user (password = username), JSON in and out. */
public final class ApiClient {

    /** A reply: status, content type and the JSON body (null when empty). */
    public record Reply(int status, String contentType, JsonNode body) {
    }

    /** Stands for a user with a wrong password. */
    public static final String WRONG_PASSWORD = "wrong";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public ObjectMapper json() {
        return json;
    }

    /** {@code body} is sent as JSON when it is not a String; a String is sent as it is (to test broken JSON). */
    public Reply call(String method, String path, String user, Object body) throws Exception {
        String payload = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .header("Accept", "application/json, application/problem+json");
        if (payload != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            String login = user.equals(WRONG_PASSWORD) ? "checker" : user;
            String password = user.equals(WRONG_PASSWORD) ? "nope" : user;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = response.body().isBlank() ? null : json.readTree(response.body());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), node);
    }

    /** Sends a plain-text body. */
    public HttpResponse<String> postText(String path, String user, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
