package org.claimdesk.claim;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.SeedFiles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.article.DuplicateArticleException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import suggests related claims (after the import has committed, in the importing call): the seed article's
 * and the demo article's two combat statements come out as a contradiction.
 */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class SuggestedLinksOnImportTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimLinks links;

    private static ClaimDetails claimWith(ArticleDetails article, String words) {
        return article.claims().stream().filter(c -> c.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + article.title()));
    }

    @Test
    void the_seed_articles_combat_statements_are_suggested_as_a_contradiction() throws IOException {
        String text = Files.readString(SeedFiles.require(SeedFiles.ARTICLE));
        ArticleDetails seed;
        try {
            seed = articles.importArticle(new ArticleImport("Yoon and Rutte discuss North Korean troops", null,
                    "Yonhap", null, text));
        } catch (DuplicateArticleException e) {
            seed = articles.get(e.existingId()); // a database shared with an earlier run already has it
        }
        ClaimDetails first = claimWith(seed, "first combat engagement");
        ClaimDetails notYet = claimWith(seed, "not yet engaged");

        assertThat(links.linksOf(first.id())).anySatisfy(l -> {
            assertThat(l.otherClaimId()).isEqualTo(notYet.id());
            assertThat(l.type()).isEqualTo(LinkType.CONTRADICTS);
            assertThat(l.state()).isEqualTo(LinkState.SUGGESTED);
            assertThat(l.reason()).contains("not yet");
        });
    }

    @Test
    void the_demo_articles_combat_statements_are_suggested_as_a_contradiction() {
        // the test profile loads the demo articles: an empty list here is a regression, not a reason to skip
        List<ArticleSummary> demo = articles.list("North Korean", 0, 5, null, true).getContent();
        assertThat(demo).as("demo article about North Korean troops").isNotEmpty();
        ArticleDetails a = articles.get(demo.getFirst().id());
        ClaimDetails fought = claimWith(a, "engaged North Korean troops");

        ClaimDetails notYet = claimWith(a, "not yet engaged");

        assertThat(links.linksOf(fought.id())).anySatisfy(l -> {
            assertThat(l.otherClaimId()).isEqualTo(notYet.id());
            assertThat(l.type()).isEqualTo(LinkType.CONTRADICTS);
        });
    }

    @Test
    void a_suggestion_is_there_when_the_import_returns_and_a_reviewer_accepts_or_dismisses_it() {
        String text = "Officials said the dam holds 300 million cubic meters of water. "
                + "\n\nEngineers said the dam does not hold 300 million cubic meters of water.";
        ArticleDetails a = articles.importArticle(new ArticleImport("Dam " + System.nanoTime(), null, null, null,
                text + " (" + System.nanoTime() + ")"));
        ClaimDetails holds = claimWith(a, "the dam holds");
        ClaimDetails doesNot = claimWith(a, "does not hold");

        // within the article (a database shared with earlier runs also has their dam claims)
        List<LinkDetails> suggested = links.linksOf(holds.id()).stream().filter(l -> l.otherArticleId() == a.id()).toList();
        assertThat(suggested).singleElement().satisfies(l -> {
            assertThat(l.otherClaimId()).isEqualTo(doesNot.id());
            assertThat(l.type()).isEqualTo(LinkType.CONTRADICTS);
            assertThat(l.state()).isEqualTo(LinkState.SUGGESTED);
            assertThat(l.reason()).isEqualTo("one says 'not \u2026 hold \u2026 cubic', the other does not");
        });

        LinkDetails accepted = links.decide(suggested.getFirst().id(), true);
        assertThat(accepted.state()).isEqualTo(LinkState.ACCEPTED);
        LinkDetails dismissed = links.decide(suggested.getFirst().id(), false);
        assertThat(dismissed.state()).isEqualTo(LinkState.DISMISSED);
        assertThat(links.linksOf(doesNot.id())).filteredOn(l -> l.otherClaimId() == holds.id()).singleElement()
                .satisfies(l -> assertThat(l.state()).isEqualTo(LinkState.DISMISSED));
    }
}
