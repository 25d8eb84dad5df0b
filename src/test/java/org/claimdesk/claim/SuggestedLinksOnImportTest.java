package org.claimdesk.claim;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.DuplicateArticleException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Import suggests related claims; the seed article's two combat statements come out as a contradiction. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class SuggestedLinksOnImportTest {

    private static final Path SEED = Path.of("..", "shared", "seed", "article-2024-11-06.txt");

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimLinks links;

    @Test
    void the_seed_articles_combat_statements_are_suggested_as_a_contradiction() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(SEED), "the seed article is beside the project only in CI and dev");
        ArticleDetails seed;
        try {
            seed = articles.importArticle(new ArticleImport("Yoon and Rutte discuss North Korean troops", null,
                    "Yonhap", null, Files.readString(SEED)));
        } catch (DuplicateArticleException e) {
            seed = articles.get(e.existingId()); // a database shared with an earlier run already has it
        }
        ClaimDetails first = seed.claims().stream().filter(c -> c.text().contains("first combat engagement"))
                .findFirst().orElseThrow();
        ClaimDetails notYet = seed.claims().stream().filter(c -> c.text().contains("not yet engaged"))
                .findFirst().orElseThrow();

        List<LinkView> suggested = links.linksOf(first.id());
        assertThat(suggested).anySatisfy(l -> {
            assertThat(l.otherClaimId()).isEqualTo(notYet.id());
            assertThat(l.type()).isEqualTo(LinkType.CONTRADICTS);
            assertThat(l.state()).isEqualTo(LinkState.SUGGESTED);
            assertThat(l.reason()).contains("not yet");
        });
    }

    @Test
    void the_demo_articles_combat_statements_are_suggested_as_a_contradiction() {
        var demo = articles.list("North Korean", 0, 5, null, true).getContent();
        Assumptions.assumeFalse(demo.isEmpty(), "demo data is loaded");
        ArticleDetails a = articles.get(demo.getFirst().id());
        ClaimDetails fought = a.claims().stream().filter(c -> c.text().contains("engaged North Korean troops"))
                .findFirst().orElseThrow();
        assertThat(links.linksOf(fought.id())).anySatisfy(l -> assertThat(l.type()).isEqualTo(LinkType.CONTRADICTS));
    }

    @Test
    void a_suggestion_is_accepted_or_dismissed_by_a_reviewer() {
        String text = "Officials said the dam holds 300 million cubic meters of water. "
                + "\n\nEngineers said the dam does not hold 300 million cubic meters of water.";
        ArticleDetails a = articles.importArticle(new ArticleImport("Dam " + System.nanoTime(), null, null, null,
                text + " (" + System.nanoTime() + ")"));
        List<LinkView> all = a.claims().stream().flatMap(c -> links.linksOf(c.id()).stream()).distinct().toList();
        Assumptions.assumeFalse(all.isEmpty(), "the finder suggested a link for this pair");
        LinkView accepted = links.decide(all.getFirst().id(), true);
        assertThat(accepted.state()).isEqualTo(LinkState.ACCEPTED);
        LinkView dismissed = links.decide(all.getFirst().id(), false);
        assertThat(dismissed.state()).isEqualTo(LinkState.DISMISSED);
    }
}
