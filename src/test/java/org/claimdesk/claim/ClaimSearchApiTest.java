package org.claimdesk.claim;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/claims?q=: the search over HTTP, its page shape (exact or capped total) and its errors. */
@ClaimDeskSpringTest
class ClaimSearchApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;

    private Reply get(String q) throws Exception {
        return new ApiClient(port).call("GET", "/api/v1/claims?size=5&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "checker", null);
    }

    @Test
    void the_api_finds_claims_by_a_word_of_their_articles_title_and_says_the_total_is_exact() throws Exception {
        AsUser.signIn("checker", Role.FACT_CHECKER_NAME);
        String inTitle = ClaimSearchTest.word();
        ArticleDetails a = articles.importArticle(new ArticleImport("Reservoir " + inTitle, null, null, null,
                TestArticles.story(ClaimSearchTest.word())));

        Reply reply = get(inTitle);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("totalItems").asLong()).isEqualTo(a.claims().size());
        assertThat(reply.body().get("totalCapped").asBoolean()).isFalse();
        assertThat(reply.body().get("items").size()).isEqualTo(Math.min(5, a.claims().size()));
    }

    @Test
    void search_text_of_punctuation_only_gives_an_empty_page_not_an_error() throws Exception {
        Reply reply = get("!!! ?? ***");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("items").size()).isZero();
    }

    @Test
    void search_text_of_5000_characters_gives_a_400_problem_with_a_clear_message() throws Exception {
        Reply reply = get("word ".repeat(1000));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().toString()).contains("at most " + ClaimLimits.MAX_QUERY + " characters");
    }

    @Test
    void a_page_beyond_the_count_cap_gives_a_400_problem() throws Exception {
        Reply reply = new ApiClient(port).call("GET", "/api/v1/claims?size=100&page=100", "checker", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().toString()).contains("beyond the first 10,000 claims");
    }

    @Test
    void a_rating_that_cannot_be_one_gives_a_400_problem_and_a_good_one_narrows_the_list() throws Exception {
        Reply bad = new ApiClient(port).call("GET", "/api/v1/claims?rating=drop%20table", "checker", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().toString()).contains("Not a rating");

        Reply none = new ApiClient(port).call("GET", "/api/v1/claims?rating=false&q=" + ClaimSearchTest.word(), "checker", null);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body().get("items").size()).isZero();
    }
}
