package org.claimdesk.evidence;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A status change the table does not have answers 400 on the API, saying which move is closed, and changes nothing. */
@ClaimDeskSpringTest
class StatusTransitionsOverHttpTest {

    @LocalServerPort
    int port;

    private Reply call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    private long newClaim() throws Exception {
        Reply a = call("POST", "/api/v1/articles", "checker", Map.of("title", "Api transitions", "text",
                TestArticles.story(TestArticles.uniqueTag())));
        for (JsonNode c : a.body().get("claims")) {
            if (c.get("text").asString().contains("hectares")) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no claim");
    }

    private JsonNode claim(long id) throws Exception {
        return call("GET", "/api/v1/claims/" + id, "checker", null).body();
    }

    @Test
    void reopening_a_claim_in_review_answers_400_naming_the_move_and_changes_nothing() throws Exception {
        long id = newClaim();
        call("POST", "/api/v1/claims/" + id + "/sources", "checker", Map.of("url", "https://one.example/a", "stance", "SUPPORTS"));
        JsonNode before = claim(id);
        assertThat(before.get("status").asString()).isEqualTo("IN_REVIEW");

        Reply reopen = call("POST", "/api/v1/claims/" + id + "/reopen", "editor",
                Map.of("version", before.get("version").asLong(), "reason", "why not"));

        assertThat(reopen.status()).isEqualTo(400);
        assertThat(reopen.contentType()).startsWith("application/problem+json");
        assertThat(reopen.body().get("detail").asString()).contains("cannot go from IN_REVIEW to REOPENED")
                .contains("give verdict (IN_REVIEW → AWAITING_APPROVAL)");
        assertThat(claim(id).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(claim(id).get("version").asLong()).isEqualTo(before.get("version").asLong());
    }

    @Test
    void approving_a_claim_reopened_by_changed_sources_answers_400() throws Exception {
        long id = newClaim();
        JsonNode source = call("POST", "/api/v1/claims/" + id + "/sources", "checker",
                Map.of("url", "https://one.example/a", "stance", "CONTRADICTS")).body();
        call("PUT", "/api/v1/claims/" + id + "/verdict", "checker", Map.of("attribution", "CONFIRMED", "rating", "FALSE",
                "rationale", "Refuted.", "version", claim(id).get("version").asLong()));
        call("POST", "/api/v1/claims/" + id + "/sources", "checker", Map.of("url", "https://two.example/b", "stance", "CONTEXT"));
        assertThat(claim(id).get("status").asString()).as(source.toString()).isEqualTo("REOPENED");

        Reply approve = call("POST", "/api/v1/claims/" + id + "/approve", "editor",
                Map.of("version", claim(id).get("version").asLong()));

        assertThat(approve.status()).isEqualTo(400);
        assertThat(approve.body().get("detail").asString()).contains("cannot go from REOPENED to VERIFIED");
        assertThat(claim(id).get("status").asString()).isEqualTo("REOPENED");
    }
}
