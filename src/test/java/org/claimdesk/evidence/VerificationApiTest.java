package org.claimdesk.evidence;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification workflow over real HTTP: the same rules as the UI, as status codes and problem+json. */
@ClaimDeskSpringTest
class VerificationApiTest {

    @LocalServerPort
    int port;

    private Reply call(String method, String path, String user, Object body) throws Exception {
        return new ApiClient(port).call(method, path, user, body);
    }

    private long newClaim() throws Exception {
        Reply a = call("POST", "/api/v1/articles", "checker", Map.of("title", "Api verify", "text",
                TestArticles.story(TestArticles.uniqueTag())));
        for (JsonNode c : a.body().get("claims")) {
            if (c.get("text").asString().contains("hectares")) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no claim");
    }

    private long version(long claimId) throws Exception {
        return call("GET", "/api/v1/claims/" + claimId, "checker", null).body().get("version").asLong();
    }

    @Test
    void a_claim_goes_from_unreviewed_to_verified_through_the_api() throws Exception {
        long id = newClaim();
        Reply s1 = call("POST", "/api/v1/claims/" + id + "/sources", "checker",
                Map.of("url", "https://first.example/a", "stance", "SUPPORTS", "title", "First"));
        assertThat(s1.status()).isEqualTo(201);
        assertThat(call("POST", "/api/v1/claims/" + id + "/sources", "checker",
                Map.of("url", "https://second.example/b", "stance", "SUPPORTS")).status()).isEqualTo(201);
        assertThat(call("GET", "/api/v1/claims/" + id + "/corroboration", "checker", null).body()
                .get("supportingPublishers").asInt()).isEqualTo(2);

        Reply verdict = call("PUT", "/api/v1/claims/" + id + "/verdict", "checker", Map.of("attribution", "CONFIRMED",
                "rating", "TRUE", "rationale", "Two outlets confirm.", "version", version(id)));
        assertThat(verdict.status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/claims/" + id, "checker", null).body().get("status").asString())
                .isEqualTo("AWAITING_APPROVAL");

        Reply selfApproval = call("POST", "/api/v1/claims/" + id + "/approve", "checker", Map.of("version", version(id)));
        assertThat(selfApproval.status()).isEqualTo(400);
        assertThat(selfApproval.contentType()).startsWith("application/problem+json");

        Reply approved = call("POST", "/api/v1/claims/" + id + "/approve", "editor", Map.of("version", version(id)));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("approvedBy").asString()).isEqualTo("editor");

        Reply history = call("GET", "/api/v1/claims/" + id + "/history", "checker", null);
        assertThat(history.body().toString()).contains("SOURCE_ADDED").contains("VERDICT").contains("APPROVED")
                .contains("VERIFIED");
        assertThat(call("POST", "/api/v1/claims/" + id + "/reopen", "checker2",
                Map.of("version", version(id), "reason", "new data")).status()).isEqualTo(200);
    }

    @Test
    void refused_input_and_stale_versions_get_4xx_problem_json() throws Exception {
        long id = newClaim();
        Reply script = call("POST", "/api/v1/claims/" + id + "/sources", "checker",
                Map.of("url", "javascript:alert(1)", "stance", "SUPPORTS"));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body().get("field").asString()).isEqualTo("url");

        Reply noSource = call("PUT", "/api/v1/claims/" + id + "/verdict", "checker", Map.of("attribution", "CONFIRMED",
                "rating", "FALSE", "rationale", "x", "version", version(id)));
        assertThat(noSource.status()).isEqualTo(400);
        assertThat(noSource.body().get("detail").asString()).contains("source");

        call("POST", "/api/v1/claims/" + id + "/sources", "checker", Map.of("url", "https://one.example/a", "stance", "CONTRADICTS"));
        long seen = version(id);
        assertThat(call("PUT", "/api/v1/claims/" + id + "/verdict", "checker", Map.of("attribution", "CONFIRMED",
                "rating", "FALSE", "rationale", "First.", "version", seen)).status()).isEqualTo(200);
        Reply stale = call("PUT", "/api/v1/claims/" + id + "/verdict", "checker2", Map.of("attribution", "CONFIRMED",
                "rating", "MIXED", "rationale", "Second.", "version", seen));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("changedBy").asString()).isEqualTo("checker");

        assertThat(call("PUT", "/api/v1/claims/" + id + "/verdict", "checker", Map.of("attribution", "CONFIRMED",
                "rating", "SOMETIMES", "rationale", "x", "version", version(id))).status()).isEqualTo(400);
    }

    @Test
    void publishers_are_rated_by_editors_only() throws Exception {
        String domain = "api-" + TestArticles.uniqueTag() + ".example";
        Reply denied = call("PUT", "/api/v1/publishers/" + domain, "checker", Map.of("reliability", "RELIABLE"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        Reply rated = call("PUT", "/api/v1/publishers/" + domain, "editor",
                Map.of("name", "Api Daily", "reliability", "MIXED", "version", -1));
        assertThat(rated.status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/publishers/" + domain, "checker", null).body().get("reliability").asString())
                .isEqualTo("MIXED");
        assertThat(call("GET", "/api/v1/publishers/not_a_domain", "checker", null).status()).isEqualTo(400);
    }

    @Test
    void comments_and_links_are_added_over_the_api() throws Exception {
        long one = newClaim();
        long two = newClaim();
        Reply comment = call("POST", "/api/v1/claims/" + one + "/comments", "checker", Map.of("body", "Check the survey."));
        assertThat(comment.status()).isEqualTo(201);
        assertThat(call("POST", "/api/v1/claims/" + one + "/comments", "checker", Map.of("body", " ")).status()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/claims/" + one + "/comments", "checker", null).body().size()).isEqualTo(1);

        Reply links = call("GET", "/api/v1/claims/" + one + "/links", "checker", null);
        assertThat(links.status()).isEqualTo(200);
        assertThat(links.body().toString()).contains("SAME_CLAIM"); // the two imports carry the same words
        Reply self = call("POST", "/api/v1/claims/" + one + "/links", "checker", Map.of("toClaimId", one, "type", "SUPPORTS"));
        assertThat(self.status()).isEqualTo(400);
        Reply manual = call("POST", "/api/v1/claims/" + one + "/links", "checker", Map.of("toClaimId", two, "type", "CONTEXT"));
        assertThat(manual.status()).isEqualTo(201);
        assertThat(manual.body().get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_source_link_is_stored_as_given() throws Exception {
        long id = newClaim();
        Reply added = call("POST", "/api/v1/claims/" + id + "/sources", "checker", Map.of("url",
                "HTTPS://News.Example.ORG:443/a%2Fb?q=a%26b", "archivedUrl", "https://archive.example/web/caf\u00e9",
                "stance", "SUPPORTS"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("url").asString()).isEqualTo("https://news.example.org/a%2Fb?q=a%26b");
        assertThat(added.body().get("archivedUrl").asString()).isEqualTo("https://archive.example/web/caf%C3%A9");
        assertThat(call("GET", "/api/v1/claims/" + id + "/sources", "checker", null).body().get(0).get("url").asString())
                .isEqualTo("https://news.example.org/a%2Fb?q=a%26b");
    }

    @Test
    void a_source_on_a_private_or_literal_address_or_with_credentials_is_refused_and_never_counts() throws Exception {
        long id = newClaim();
        for (String url : List.of("http://[::1]/x", "http://127.0.0.1/", "http://10.1.2.3/", "http://localhost/",
                "http://192.168.0.1/", "https://user:pw@news.example/", "https://news.example:99999/")) {
            Reply r = call("POST", "/api/v1/claims/" + id + "/sources", "checker", Map.of("url", url, "stance", "SUPPORTS"));
            assertThat(r.status()).as(url).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body().get("field").asString()).isEqualTo("url");
            Reply archived = call("POST", "/api/v1/claims/" + id + "/sources", "checker",
                    Map.of("url", "https://news.example/a", "archivedUrl", url, "stance", "SUPPORTS"));
            assertThat(archived.status()).as(url).isEqualTo(400);
            assertThat(archived.body().get("field").asString()).isEqualTo("archivedUrl");
        }
        assertThat(call("GET", "/api/v1/claims/" + id + "/corroboration", "checker", null).body()
                .get("supportingPublishers").asInt()).isZero();
    }

    @Test
    void a_link_that_encoding_makes_too_long_is_a_400_not_a_conflict() throws Exception {
        long id = newClaim();
        String url = "https://news.example/" + "\u00e9".repeat(1500); // 1,521 characters given, 9,021 stored
        Reply r = call("POST", "/api/v1/claims/" + id + "/sources", "checker", Map.of("url", url, "stance", "SUPPORTS"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("field").asString()).isEqualTo("url");
        assertThat(r.body().get("detail").asString()).contains("2000");
    }

    @Test
    void corroboration_of_a_claim_that_does_not_exist_is_a_404() throws Exception {
        Reply r = call("GET", "/api/v1/claims/999999999/corroboration", "checker", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void twenty_sources_added_to_one_claim_at_once_are_all_stored() throws Exception {
        long id = newClaim();
        int n = 20;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                String url = "https://outlet" + i + ".example/story";
                String user = i % 2 == 0 ? "checker" : "checker2";
                Callable<Reply> add = () -> {
                    start.await();
                    return call("POST", "/api/v1/claims/" + id + "/sources", user, Map.of("url", url, "stance", "SUPPORTS"));
                };
                replies.add(pool.submit(add));
            }
            start.countDown();
            for (Future<Reply> reply : replies) {
                Reply r = reply.get();
                assertThat(r.status()).as(String.valueOf(r.body())).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(call("GET", "/api/v1/claims/" + id + "/sources", "checker", null).body().size()).isEqualTo(n);
        assertThat(call("GET", "/api/v1/claims/" + id + "/corroboration", "checker", null).body()
                .get("supportingPublishers").asInt()).isEqualTo(n);
        assertThat(call("GET", "/api/v1/claims/" + id, "checker", null).body().get("status").asString()).isEqualTo("IN_REVIEW");
    }
}
