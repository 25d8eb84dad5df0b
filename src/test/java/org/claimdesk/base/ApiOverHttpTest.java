package org.claimdesk.base;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP on a random port: status codes, JSON bodies, authentication. */
@ClaimDeskSpringTest
class ApiOverHttpTest {

    @LocalServerPort
    int port;

    private ApiClient api;
    private ObjectMapper json;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        json = api.json();
    }

    private Reply call(String method, String path, String user, String body) throws Exception {
        return api.call(method, path, user, body);
    }

    private String articleJson(String title, String url, String text) {
        return json.writeValueAsString(Map.of("title", title, "url", url, "publisher", "Test Wire",
                "publishedAt", "2025-05-02", "text", text));
    }

    @Test
    void posting_an_article_returns_201_with_its_id_and_claims() throws Exception {
        Reply r = call("POST", "/api/v1/articles", "checker",
                articleJson("Reservoir", "https://example.org/a", TestArticles.story(TestArticles.uniqueTag())));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("id").asLong()).isPositive();
        assertThat(r.body().get("claims").size()).isGreaterThanOrEqualTo(2);
        JsonNode claim = r.body().get("claims").get(0);
        assertThat(claim.has("claimant")).isTrue();
        assertThat(claim.has("quantities")).isTrue();

        long id = r.body().get("id").asLong();
        Reply claims = call("GET", "/api/v1/articles/" + id + "/claims", "checker", null);
        assertThat(claims.status()).isEqualTo(200);
        assertThat(claims.body().size()).isEqualTo(r.body().get("claims").size());
        Reply one = call("GET", "/api/v1/claims/" + claim.get("id").asLong(), "checker", null);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("articleId").asLong()).isEqualTo(id);
    }

    @Test
    void posting_the_same_text_again_returns_409_with_the_existing_id() throws Exception {
        String text = TestArticles.story(TestArticles.uniqueTag());
        Reply first = call("POST", "/api/v1/articles", "checker", articleJson("One", "https://example.org/1", text));
        Reply second = call("POST", "/api/v1/articles", "editor", articleJson("Two", "https://example.org/2", text));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.body().get("existingId").asLong()).isEqualTo(first.body().get("id").asLong());
    }

    @Test
    void bad_input_returns_400_problem_json() throws Exception {
        Reply blank = call("POST", "/api/v1/articles", "checker", articleJson("Blank", "https://example.org", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.body().get("detail").asString()).contains("empty");

        Reply script = call("POST", "/api/v1/articles", "checker",
                articleJson("Script", "javascript:alert(1)", TestArticles.story(TestArticles.uniqueTag())));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body().get("field").asString()).isEqualTo("url");

        Reply malformed = call("POST", "/api/v1/articles", "checker", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        assertThat(call("GET", "/api/v1/claims//history", "checker", null).status()).isEqualTo(400);

        Reply badEnum = call("GET", "/api/v1/claims?status=MAYBE", "checker", null);
        assertThat(badEnum.status()).isEqualTo(400);

        assertThat(call("GET", "/api/v1/claims?page=2147483647&size=100", "checker", null).status()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/articles?page=2147483647&size=100", "checker", null).status()).isEqualTo(400);

        Reply hugePage = call("GET", "/api/v1/claims?size=5000", "checker", null);
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(hugePage.body().get("detail").asString()).contains("100");
    }

    @Test
    void without_credentials_the_api_answers_401_json_without_a_redirect() throws Exception {
        Reply r = call("GET", "/api/v1/claims", null, null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("status").asInt()).isEqualTo(401);

        Reply wrong = call("GET", "/api/v1/claims", "wrong", null);
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void a_fact_checker_may_not_delete_an_article_403() throws Exception {
        Reply created = call("POST", "/api/v1/articles", "checker",
                articleJson("To delete", "https://example.org/d", TestArticles.story(TestArticles.uniqueTag())));
        long id = created.body().get("id").asLong();
        Reply denied = call("DELETE", "/api/v1/articles/" + id, "checker", null);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(call("GET", "/api/v1/articles/" + id, "checker", null).status()).isEqualTo(200);

        assertThat(call("DELETE", "/api/v1/articles/" + id, "editor", null).status()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/articles/" + id, "checker", null).status()).isEqualTo(404);
    }

    @Test
    void unknown_records_return_404_problem_json() throws Exception {
        Reply article = call("GET", "/api/v1/articles/99999999", "checker", null);
        assertThat(article.status()).isEqualTo(404);
        assertThat(article.contentType()).startsWith("application/problem+json");
        assertThat(call("GET", "/api/v1/claims/99999999", "checker", null).status()).isEqualTo(404);
    }

    @Test
    void claims_are_listed_in_capped_pages() throws Exception {
        Reply page = call("GET", "/api/v1/claims?size=2&page=0&sort=CLAIMANT&ascending=true", "checker", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items").size()).isLessThanOrEqualTo(2);
        assertThat(page.body().get("size").asInt()).isEqualTo(2);
        assertThat(page.body().get("totalItems").asLong()).isGreaterThanOrEqualTo(page.body().get("items").size());

        Reply list = call("GET", "/api/v1/articles?q=Port", "checker", null);
        assertThat(list.status()).isEqualTo(200);
    }

    @Test
    void a_claim_is_corrected_over_the_api_and_a_stale_version_gets_409() throws Exception {
        Reply created = call("POST", "/api/v1/articles", "checker",
                articleJson("Edit", "https://example.org/e", TestArticles.story(TestArticles.uniqueTag())));
        JsonNode claim = created.body().get("claims").get(0);
        long id = claim.get("id").asLong();
        long version = claim.get("version").asLong();
        String edit = json.writeValueAsString(Map.of("text", "corrected words", "claimant", "Miriam Okafor",
                "type", "STATEMENT", "version", version));

        Reply ok = call("PUT", "/api/v1/claims/" + id, "checker", edit);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("text").asString()).isEqualTo("corrected words");

        Reply stale = call("PUT", "/api/v1/claims/" + id, "checker2", edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("changedBy").asString()).isEqualTo("checker");

        Reply noVersion = call("PUT", "/api/v1/claims/" + id, "checker",
                json.writeValueAsString(Map.of("text", "x", "claimant", "y", "type", "STATEMENT")));
        assertThat(noVersion.status()).isEqualTo(400);

        Reply history = call("GET", "/api/v1/claims/" + id + "/history", "checker", null);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().toString()).contains("EXTRACTED").contains("EDITED").contains("corrected words");

        Reply gold = call("GET", "/api/v1/articles/" + created.body().get("id").asLong() + "/gold", "checker", null);
        assertThat(gold.status()).isEqualTo(200);
        assertThat(gold.body().toString()).contains("required").contains("okafor");
    }

    @Test
    void extract_returns_the_claims_of_a_text_and_stores_nothing() throws Exception {
        long before = call("GET", "/api/v1/articles", "checker", null).body().get("totalItems").asLong();
        HttpResponse<String> plain = api.postText("/api/v1/extract", "checker", TestArticles.story("extract-only"));
        assertThat(plain.statusCode()).isEqualTo(200);
        JsonNode claims = json.readTree(plain.body());
        assertThat(claims.isArray()).isTrue();
        assertThat(claims.toString()).contains("Pavel Dragan").contains("\"quantities\"").contains("\"checkWorthiness\"");

        Reply viaJson = call("POST", "/api/v1/extract", "checker",
                json.writeValueAsString(Map.of("text", TestArticles.story("extract-json"))));
        assertThat(viaJson.status()).isEqualTo(200);
        assertThat(viaJson.body().size()).isEqualTo(claims.size());

        Reply empty = call("POST", "/api/v1/extract", "checker", json.writeValueAsString(Map.of("text", " ")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(call("GET", "/api/v1/articles", "checker", null).body().get("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void health_is_public_and_says_only_up() throws Exception {
        Reply r = call("GET", "/actuator/health", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("status").asString()).isEqualTo("UP");
        assertThat(r.body().has("components")).isFalse();
        assertThat(r.body().has("details")).isFalse();
    }
}
