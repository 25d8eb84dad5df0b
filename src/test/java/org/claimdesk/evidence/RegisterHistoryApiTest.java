package org.claimdesk.evidence;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The registers' history over HTTP: editors and admins read it, fact-checkers get 403. */
@ClaimDeskSpringTest
class RegisterHistoryApiTest {

    @LocalServerPort
    int port;

    private Reply call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    @Test
    void an_editor_reads_a_publishers_history_and_a_fact_checker_gets_403() throws Exception {
        String domain = "api-history-" + TestArticles.uniqueTag() + ".example";
        assertThat(call("PUT", "/api/v1/publishers/" + domain, "editor",
                Map.of("name", "Api Gazette", "reliability", "MIXED", "version", -1)).status()).isEqualTo(200);

        Reply history = call("GET", "/api/v1/publishers/" + domain + "/history", "editor", null);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().valueStream())
                .anySatisfy(c -> {
                    assertThat(c.get("key").asString()).isEqualTo(domain);
                    assertThat(c.get("field").asString()).isEqualTo("reliability");
                    assertThat(c.get("after").asString()).isEqualTo("MIXED");
                    assertThat(c.get("actor").asString()).isEqualTo("editor");
                });
        assertThat(call("GET", "/api/v1/publishers/" + domain + "/history", "admin", null).status()).isEqualTo(200);

        Reply refused = call("GET", "/api/v1/publishers/" + domain + "/history", "checker", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_editor_reads_the_rating_scales_history_and_a_fact_checker_gets_403() throws Exception {
        JsonNode known = ratingLabel("NOT_YET_KNOWN");
        String text = "Cannot be checked yet " + TestArticles.uniqueTag() + ".";
        Reply renamed = call("PUT", "/api/v1/ratings/NOT_YET_KNOWN", "admin", labelBody(known, text, known.get("version")));
        assertThat(renamed.status()).isEqualTo(200);
        try {
            Reply history = call("GET", "/api/v1/ratings/history", "editor", null);
            assertThat(history.status()).isEqualTo(200);
            assertThat(history.body().valueStream()).anySatisfy(c -> {
                assertThat(c.get("key").asString()).isEqualTo("NOT_YET_KNOWN");
                assertThat(c.get("field").asString()).isEqualTo("reviewText");
                assertThat(c.get("before").asString()).isEqualTo(known.get("reviewText").asString());
                assertThat(c.get("after").asString()).isEqualTo(text);
                assertThat(c.get("actor").asString()).isEqualTo("admin");
            });

            Reply refused = call("GET", "/api/v1/ratings/history", "checker", null);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        } finally {
            call("PUT", "/api/v1/ratings/NOT_YET_KNOWN", "admin",
                    labelBody(known, known.get("reviewText").asString(), renamed.body().get("version")));
        }
    }

    private JsonNode ratingLabel(String rating) throws Exception {
        return call("GET", "/api/v1/ratings", "admin", null).body().valueStream()
                .filter(l -> l.get("rating").asString().equals(rating)).findFirst().orElseThrow();
    }

    private static Map<String, Object> labelBody(JsonNode label, String reviewText, JsonNode version) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label.get("label").asString());
        body.put("color", label.get("color").asString());
        body.put("score", label.get("score").isNull() ? null : label.get("score").asInt());
        body.put("reviewText", reviewText);
        body.put("version", version.asLong());
        return body;
    }
}
