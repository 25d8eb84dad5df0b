package org.claimdesk.base;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of the API over real HTTP is application/problem+json, whichever layer answers it: Tomcat, the
 * security filters, Spring MVC's routing or a controller; and a path no endpoint serves is a 404, never the UI.
 */
@ClaimDeskSpringTest
class ApiErrorsOverHttpTest {

    private static final String CHECKER = "Basic " + Base64.getEncoder()
            .encodeToString("checker:checker".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private ApiClient api;
    private ObjectMapper json;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        json = api.json();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String contentType,
                                      String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status, content type and body problem+json must have, and no session cookie. */
    private JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private long newClaim() throws Exception {
        Reply a = api.call("POST", "/api/v1/articles", "checker", Map.of("title", "Errors",
                "text", TestArticles.story(TestArticles.uniqueTag())));
        return a.body().get("claims").get(0).get("id").asLong();
    }

    @ParameterizedTest
    @CsvSource({"GET,/api/v1/artciles", "POST,/api/v1/artciles", "DELETE,/api/v1/artciles/5", "PUT,/api/v1/claims/1/nothing",
            "GET,/api/v2/claims", "GET,/api/", "PATCH,/api/v1"})
    void a_path_no_endpoint_serves_is_a_404_problem_without_a_session(String method, String path) throws Exception {
        JsonNode problem = assertProblem(send(method, path, CHECKER, method.equals("GET") ? null : "application/json",
                method.equals("GET") ? null : "{}"), 404);
        assertThat(problem.get("detail").asString()).contains("No endpoint");
    }

    @ParameterizedTest
    @CsvSource({"GET,/api/v1/artciles", "POST,/api/v1/artciles", "DELETE,/api/v1/artciles/5"})
    void without_credentials_an_unknown_path_is_a_401_problem_without_a_session(String method, String path) throws Exception {
        assertProblem(send(method, path, null, null, null), 401);
    }

    @Test
    void a_method_an_endpoint_does_not_support_is_a_405_problem() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/v1/claims", CHECKER, null, null);
        JsonNode problem = assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertThat(problem.get("detail").asString()).contains("DELETE");
    }

    @Test
    void a_body_of_the_wrong_media_type_is_a_415_problem() throws Exception {
        assertProblem(send("POST", "/api/v1/articles", CHECKER, "text/xml", "<article/>"), 415);
    }

    @Test
    void a_request_line_too_long_for_the_server_is_a_400_problem() throws Exception {
        JsonNode problem = assertProblem(send("GET", "/api/v1/claims?q=" + "a".repeat(10_000), CHECKER, null, null), 400);
        assertThat(problem.get("detail").asString()).doesNotContain("<");
    }

    @Test
    void an_encoded_slash_in_the_path_is_a_400_problem() throws Exception {
        // a raw socket: HTTP clients may normalize the path before sending it
        for (String path : new String[] {"/api/v1/claims/1%2F2/history", "/api/v1/claims/1%2f..%2f2", "/api/v1/claims//history"}) {
            String raw = rawGet(path);
            assertThat(raw).as(path).startsWith("HTTP/1.1 400");
            assertThat(raw.toLowerCase()).as(path).contains("content-type: application/problem+json");
            assertThat(raw.toLowerCase()).as(path).doesNotContain("set-cookie");
            String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            assertThat(json.readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1)).get("status").asInt())
                    .isEqualTo(400);
        }
    }

    private String rawGet(String path) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + CHECKER
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_claim_without_a_verdict_answers_a_404_problem() throws Exception {
        long id = newClaim();
        JsonNode problem = assertProblem(send("GET", "/api/v1/claims/" + id + "/verdict", CHECKER, null, null), 404);
        assertThat(problem.get("detail").asString()).contains("verdict");
    }

    @Test
    void a_fraction_where_a_whole_number_belongs_is_refused_naming_the_field() throws Exception {
        long id = newClaim();
        long version = api.call("GET", "/api/v1/claims/" + id, "checker", null).body().get("version").asLong();
        JsonNode problem = assertProblem(send("PUT", "/api/v1/claims/" + id, CHECKER, "application/json",
                "{\"text\":\"x\",\"claimant\":\"y\",\"type\":\"STATEMENT\",\"version\":" + version + ".5}"), 400);
        assertThat(problem.get("field").asString()).isEqualTo("version");
        assertThat(problem.get("detail").asString()).contains("version");
        assertThat(api.call("GET", "/api/v1/claims/" + id, "checker", null).body().get("text").asString()).isNotEqualTo("x");
    }

    @Test
    void a_number_or_boolean_where_text_belongs_is_refused_naming_the_field() throws Exception {
        long id = newClaim();
        JsonNode number = assertProblem(send("POST", "/api/v1/claims/" + id + "/comments", CHECKER, "application/json",
                "{\"body\": 12345}"), 400);
        assertThat(number.get("field").asString()).isEqualTo("body");
        JsonNode bool = assertProblem(send("POST", "/api/v1/claims/" + id + "/sources", CHECKER, "application/json",
                "{\"url\":\"https://one.example/a\",\"stance\":\"SUPPORTS\",\"title\":true}"), 400);
        assertThat(bool.get("field").asString()).isEqualTo("title");
        assertThat(api.call("GET", "/api/v1/claims/" + id + "/comments", "checker", null).body().size()).isZero();
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_naming_the_field() throws Exception {
        long id = newClaim();
        JsonNode text = assertProblem(send("PUT", "/api/v1/claims/" + id, CHECKER, "application/json",
                "{\"text\":\"x\",\"claimant\":\"y\",\"type\":\"STATEMENT\",\"version\":\"abc\"}"), 400);
        assertThat(text.get("field").asString()).isEqualTo("version");
        assertThat(text.get("detail").asString()).doesNotContain("Failed to read request").contains("version");

        JsonNode quoted = assertProblem(send("PUT", "/api/v1/claims/" + id, CHECKER, "application/json",
                "{\"text\":\"x\",\"claimant\":\"y\",\"type\":\"STATEMENT\",\"version\":\"0\"}"), 400);
        assertThat(quoted.get("field").asString()).isEqualTo("version");

        JsonNode stance = assertProblem(send("POST", "/api/v1/claims/" + id + "/sources", CHECKER, "application/json",
                "{\"url\":\"https://one.example/a\",\"stance\":\"MAYBE\"}"), 400);
        assertThat(stance.get("field").asString()).isEqualTo("stance");
        assertThat(stance.get("detail").asString()).contains("SUPPORTS");

        JsonNode date = assertProblem(send("POST", "/api/v1/claims/" + id + "/sources", CHECKER, "application/json",
                "{\"url\":\"https://one.example/a\",\"stance\":\"SUPPORTS\",\"publishedAt\":\"yesterday\"}"), 400);
        assertThat(date.get("field").asString()).isEqualTo("publishedAt");
    }

    @Test
    void broken_json_and_a_bad_query_parameter_are_400_problems() throws Exception {
        JsonNode broken = assertProblem(send("POST", "/api/v1/articles", CHECKER, "application/json", "{\"title\": "), 400);
        assertThat(broken.has("field")).isFalse();
        JsonNode param = assertProblem(send("GET", "/api/v1/claims?status=MAYBE", CHECKER, null, null), 400);
        assertThat(param.get("field").asString()).isEqualTo("status");
        JsonNode missing = assertProblem(send("DELETE", "/api/v1/claims/" + newClaim(), CHECKER, null, null), 400);
        assertThat(missing.get("field").asString()).isEqualTo("version");
    }
}
