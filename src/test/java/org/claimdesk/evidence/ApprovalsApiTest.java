package org.claimdesk.evidence;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/me/approvals} over real HTTP. */
@ClaimDeskSpringTest
class ApprovalsApiTest {

    @LocalServerPort
    int port;

    private Reply call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    /** A Politics-desk claim with checker's verdict, awaiting approval. */
    private long aVerdictByChecker() throws Exception {
        Reply a = call("POST", "/api/v1/articles", "checker", Map.of("title", "Api approvals", "text",
                TestArticles.story(TestArticles.uniqueTag())));
        long id = StreamSupport.stream(a.body().get("claims").spliterator(), false)
                .filter(c -> c.get("text").asString().contains("hectares")).findFirst().orElseThrow().get("id").asLong();
        assertThat(call("POST", "/api/v1/claims/" + id + "/sources", "checker", Map.of("url",
                "https://farm-news.example/" + TestArticles.uniqueTag(), "stance", "CONTRADICTS")).status()).isEqualTo(201);
        long version = call("GET", "/api/v1/claims/" + id, "checker", null).body().get("version").asLong();
        assertThat(call("PUT", "/api/v1/claims/" + id + "/verdict", "checker", Map.of("attribution", "CONFIRMED",
                "rating", "FALSE", "rationale", "The survey refutes it.", "version", version)).status()).isEqualTo(200);
        return id;
    }

    private static boolean lists(Reply reply, long claimId) {
        return StreamSupport.stream(reply.body().spliterator(), false).anyMatch(i -> i.get("claimId").asLong() == claimId);
    }

    @Test
    void an_editor_of_the_team_gets_the_verdict_in_their_approvals_and_another_team_does_not() throws Exception {
        long id = aVerdictByChecker();

        Reply editor = call("GET", "/api/v1/me/approvals", "editor", null);
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.contentType()).startsWith("application/json");
        assertThat(lists(editor, id)).isTrue();
        JsonNode item = StreamSupport.stream(editor.body().spliterator(), false)
                .filter(i -> i.get("claimId").asLong() == id).findFirst().orElseThrow();
        assertThat(item.get("author").asString()).isEqualTo("checker");
        assertThat(item.get("rating").asString()).isEqualTo("FALSE");

        Reply metro = call("GET", "/api/v1/me/approvals", "metro", null);
        assertThat(metro.status()).isEqualTo(200);
        assertThat(lists(metro, id)).isFalse();
        assertThat(lists(call("GET", "/api/v1/me/approvals", "checker", null), id)).as("not the author's").isFalse();
    }
}
