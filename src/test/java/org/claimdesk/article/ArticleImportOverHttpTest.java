package org.claimdesk.article;

import org.claimdesk.ApiClient;
import org.claimdesk.ApiClient.Reply;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing over HTTP: what the API answers when several people import one text at once, and bad dates. */
@ClaimDeskSpringTest
class ArticleImportOverHttpTest {

    /** As many as the probe that found the missing existingId sent, give or take. */
    private static final int PARALLEL_IMPORTS = 16;

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static Map<String, Object> article(String title, String text, String publishedAt) {
        return publishedAt == null
                ? Map.of("title", title, "text", text)
                : Map.of("title", title, "text", text, "publishedAt", publishedAt);
    }

    @Test
    void parallel_imports_of_one_text_give_one_201_and_a_409_naming_it_to_everyone_else() throws Exception {
        String text = TestArticles.story(TestArticles.uniqueTag());
        CyclicBarrier start = new CyclicBarrier(PARALLEL_IMPORTS);
        List<Reply> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_IMPORTS)) {
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < PARALLEL_IMPORTS; i++) {
                String title = "Parallel " + i;
                sent.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return api.call("POST", "/api/v1/articles", "checker", article(title, text, null));
                }));
            }
            for (Future<Reply> reply : sent) {
                replies.add(reply.get(120, TimeUnit.SECONDS));
            }
        }

        List<Reply> created = replies.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).hasSize(1);
        long createdId = created.getFirst().body().get("id").asLong();
        List<Reply> others = replies.stream().filter(r -> r.status() != 201).toList();
        assertThat(others).hasSize(PARALLEL_IMPORTS - 1).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body().has("existingId")).as("existingId in %s", r.body()).isTrue();
            assertThat(r.body().get("existingId").asLong()).isEqualTo(createdId);
        });
    }

    @Test
    void a_publication_date_before_1800_is_a_400_that_says_so() throws Exception {
        Reply r = api.call("POST", "/api/v1/articles", "checker",
                article("Old news", TestArticles.story(TestArticles.uniqueTag()), "1799-12-31"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("field").asString()).isEqualTo("publishedAt");
        assertThat(r.body().get("detail").asString()).contains("1800").doesNotContain("future");
    }
}
