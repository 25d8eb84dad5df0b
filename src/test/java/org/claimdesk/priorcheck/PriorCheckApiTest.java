package org.claimdesk.priorcheck;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.priorcheck.ClaimReviews.review;

/** The prior-checks API over real HTTP: import, search, links, problem+json, another team's ids. */
@ClaimDeskSpringTest
class PriorCheckApiTest {

    @LocalServerPort
    int port;

    private Reply call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    private HttpResponse<String> postHtml(String html) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/prior-checks"))
                .header("Content-Type", "text/html; charset=UTF-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("checker:checker"
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(html)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long claimOfNewArticle() throws Exception {
        Reply a = call("POST", "/api/v1/articles", "checker", Map.of("title", "Api prior",
                "text", TestArticles.story(TestArticles.uniqueTag())));
        return a.body().get("claims").get(0).get("id").asLong();
    }

    @Test
    void json_and_an_html_page_are_imported_found_and_a_duplicate_is_skipped() throws Exception {
        String tag = TestArticles.uniqueTag();
        String url = "https://checkdesk.example.org/api/" + tag;
        Reply created = call("POST", "/api/v1/prior-checks", "checker", review(url, "Api claim " + tag));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("imported").get(0).get("reviewUrl").asString()).isEqualTo(url);

        HttpResponse<String> page = postHtml("<html><script type=\"application/ld+json\">"
                + review(url + "/page", "Api page " + tag) + "</script></html>");
        assertThat(page.statusCode()).isEqualTo(201);

        Reply again = call("POST", "/api/v1/prior-checks", "checker", review(url, "Api claim " + tag));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("skippedDuplicates").get(0).asString()).isEqualTo(url);

        Reply found = call("GET", "/api/v1/prior-checks?q=" + tag, "checker", null);
        assertThat(found.body().get("totalItems").asLong()).isEqualTo(2);
        assertThat(call("GET", "/api/v1/prior-checks?q=" + tag, "metro", null).body().get("totalItems").asLong()).isZero();
    }

    @Test
    void malformed_input_is_a_400_problem_naming_what_is_wrong() throws Exception {
        String tag = TestArticles.uniqueTag();
        Reply broken = call("POST", "/api/v1/prior-checks", "checker", "{\"@type\": \"ClaimReview\", ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.body().get("detail").asString()).contains("not valid JSON");

        Reply missing = call("POST", "/api/v1/prior-checks", "checker", "[" + review("https://a.example.org/" + tag, "A " + tag)
                + "," + review("https://a.example.org/" + tag + "/2", null) + "]");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("detail").asString()).startsWith("ClaimReview 2 of 2");
        assertThat(missing.body().get("field").asString()).isEqualTo("claimReviewed");
        assertThat(call("GET", "/api/v1/prior-checks?q=" + tag, "checker", null).body().get("totalItems").asLong()).isZero();
    }

    @Test
    void a_claim_is_linked_accepted_and_dismissed_and_another_team_gets_404() throws Exception {
        String tag = TestArticles.uniqueTag();
        long claimId = claimOfNewArticle();
        long checkId = call("POST", "/api/v1/prior-checks", "checker",
                review("https://checkdesk.example.org/link/" + tag, "Link " + tag)).body().get("imported").get(0)
                .get("id").asLong();

        Reply linked = call("POST", "/api/v1/claims/" + claimId + "/prior-checks", "checker", Map.of("priorCheckId", checkId));
        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.body().get("status").asString()).isEqualTo("ACCEPTED");
        long linkId = linked.body().get("id").asLong();

        Reply dismissed = call("POST", "/api/v1/claims/" + claimId + "/prior-checks/" + linkId + "/dismiss", "checker", null);
        assertThat(dismissed.body().get("status").asString()).isEqualTo("DISMISSED");
        Reply accepted = call("POST", "/api/v1/claims/" + claimId + "/prior-checks/" + linkId + "/accept", "checker", null);
        assertThat(accepted.body().get("status").asString()).isEqualTo("ACCEPTED");
        JsonNode list = call("GET", "/api/v1/claims/" + claimId + "/prior-checks", "checker", null).body();
        assertThat(list.valueStream().filter(l -> l.get("id").asLong() == linkId)
                .map(l -> l.get("priorCheck").get("claimReviewed").asString())).containsExactly("Link " + tag);

        assertThat(call("GET", "/api/v1/prior-checks/" + checkId, "metro", null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/claims/" + claimId + "/prior-checks", "metro", null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/claims/" + claimId + "/prior-checks", "metro",
                Map.of("priorCheckId", checkId)).status()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/claims/" + claimId + "/prior-checks/" + linkId + "/dismiss", "metro", null)
                .status()).isEqualTo(404);
    }
}
