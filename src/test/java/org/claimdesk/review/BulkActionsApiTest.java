package org.claimdesk.review;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk endpoints: editors get a result per claim, fact-checkers a 403, another team's article a 404. */
@ClaimDeskSpringTest
class BulkActionsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ArticleDetails importAs(String user) {
        AsUser.signIn(user, "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        return articles.importArticle(new ArticleImport("Bulk API " + tag, null, null, null, TestArticles.story(tag)));
    }

    @Test
    void a_fact_checker_is_refused_every_bulk_action_with_403() throws Exception {
        ArticleDetails a = importAs("checker");
        List<Long> ids = List.of(a.claims().getFirst().id());
        assertThat(api.call("POST", "/api/v1/assignments/priority", "checker",
                Map.of("claimIds", ids, "priority", "HIGH")).status()).isEqualTo(403);
        assertThat(api.call("POST", "/api/v1/assignments/due-date", "checker",
                Map.of("claimIds", ids, "dueDate", LocalDate.now().plusDays(1).toString())).status()).isEqualTo(403);
        assertThat(api.call("POST", "/api/v1/claims/reopen", "checker",
                Map.of("claimIds", ids, "reason", "why")).status()).isEqualTo(403);
        assertThat(api.call("POST", "/api/v1/articles/" + a.id() + "/assignment", "checker",
                Map.of("assignee", "checker")).status()).isEqualTo(403);
    }

    @Test
    void an_editor_gets_a_result_per_claim_and_another_teams_article_is_not_found() throws Exception {
        ArticleDetails a = importAs("checker");
        ArticleDetails metro = importAs("metro");

        Reply assigned = api.call("POST", "/api/v1/articles/" + a.id() + "/assignment", "editor",
                Map.of("assignee", "checker", "priority", "LOW"));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.body().size()).isEqualTo(a.claims().size());
        assertThat(assigned.body().get(0).get("done").asBoolean()).isTrue();

        long mine = a.claims().getFirst().id();
        long theirs = metro.claims().getFirst().id();
        Reply priority = api.call("POST", "/api/v1/assignments/priority", "editor",
                Map.of("claimIds", List.of(mine, theirs), "priority", "HIGH"));
        assertThat(priority.status()).isEqualTo(200);
        assertThat(priority.body().get(0).get("claimId").asLong()).isEqualTo(mine);
        assertThat(priority.body().get(0).get("done").asBoolean()).isTrue();
        assertThat(priority.body().get(1).get("done").asBoolean()).isFalse();
        assertThat(priority.body().get(1).get("message").asString()).contains("does not exist");

        Reply reopen = api.call("POST", "/api/v1/claims/reopen", "editor", Map.of("claimIds", List.of(mine)));
        assertThat(reopen.status()).isEqualTo(400);
        assertThat(reopen.contentType()).startsWith("application/problem+json");

        assertThat(api.call("POST", "/api/v1/articles/" + metro.id() + "/assignment", "editor",
                Map.of("assignee", "checker")).status()).isEqualTo(404);
    }
}
