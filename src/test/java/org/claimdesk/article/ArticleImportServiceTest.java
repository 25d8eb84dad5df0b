package org.claimdesk.article;

import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimSort;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ArticleImportServiceTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    org.claimdesk.audit.AuditService audit;

    private ArticleDetails importStory(String tag) {
        return articles.importArticle(new ArticleImport("Reservoir " + tag, "https://example.org/news/" + tag,
                "Greenfield Gazette", LocalDate.of(2025, 5, 2), TestArticles.story(tag)));
    }

    @Test
    void importing_an_article_stores_it_with_its_claims_claimants_and_figures() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails imported = importStory(tag);

        ArticleDetails stored = articles.get(imported.id());
        assertThat(stored.title()).isEqualTo("Reservoir " + tag);
        assertThat(stored.importedBy()).isEqualTo("checker");
        assertThat(stored.url()).isEqualTo("https://example.org/news/" + tag);
        assertThat(stored.claims()).hasSameSizeAs(imported.claims()).isNotEmpty();

        ClaimDetails warning = stored.claims().stream().filter(c -> c.text().contains("2,500 hectares"))
                .findFirst().orElseThrow();
        assertThat(warning.claimant()).contains("Dragan");
        assertThat(warning.type()).isEqualTo(ClaimType.STATISTIC);
        assertThat(warning.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(2500.0);
            assertThat(q.approximate()).isTrue();
        });
        // offsets point into the stored text
        for (ClaimDetails c : stored.claims()) {
            assertThat(stored.text().substring(c.start(), c.end())).isNotBlank();
            assertThat(c.sentence()).contains(stored.text().substring(c.start(), c.end()).strip());
        }
    }

    @Test
    void importing_the_same_text_twice_is_refused_with_the_existing_article() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails first = importStory(tag);
        // the same words with other line wrapping are the same text
        String rewrapped = TestArticles.story(tag).replace("\n\n", "\r\n\r\n   ");

        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("Another title", null, null, null, rewrapped)))
                .isInstanceOfSatisfying(DuplicateArticleException.class,
                        e -> assertThat(e.existingId()).isEqualTo(first.id()));
    }

    @Test
    void empty_or_blank_text_is_refused_and_nothing_is_stored() {
        long before = articles.count(null);
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("Empty", null, null, null, "  \n\t ")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("empty");
        assertThat(articles.count(null)).isEqualTo(before);
    }

    @Test
    void text_over_one_megabyte_is_refused() {
        String huge = "Officials said the figure was 12 percent. ".repeat(30_000);
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("Huge", null, null, null, huge)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("1 MB");
    }

    @Test
    void binary_text_is_refused() {
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("Binary", null, null, null,
                "PK\u0003\u0004\u0000\u0000 zip data")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("binary");
    }

    @Test
    void a_javascript_link_is_refused() {
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("Link", "javascript:alert(1)", null, null,
                TestArticles.story(TestArticles.uniqueTag()))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("url");
                    assertThat(e.getMessage()).contains("http");
                });
    }

    @Test
    void a_title_over_its_limit_or_missing_is_refused() {
        String text = TestArticles.story(TestArticles.uniqueTag());
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("x".repeat(ArticleLimits.MAX_TITLE + 1),
                null, null, null, text))).isInstanceOf(InputRejectedException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport(" ", null, null, null, text)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("title");
    }

    @Test
    void a_publication_date_before_1800_is_refused_as_too_early_not_as_in_the_future() {
        String text = TestArticles.story(TestArticles.uniqueTag());
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("Old news", null, null,
                LocalDate.of(1799, 12, 31), text)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("publishedAt");
                    assertThat(e.getMessage()).contains("1800").doesNotContain("future");
                });
    }

    @Test
    void a_publication_date_in_the_future_is_refused_as_in_the_future() {
        String text = TestArticles.story(TestArticles.uniqueTag());
        assertThatThrownBy(() -> articles.importArticle(new ArticleImport("Tomorrow's news", null, null,
                LocalDate.now().plusDays(3), text)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("publishedAt");
                    assertThat(e.getMessage()).contains("future");
                });
    }

    @Test
    void the_first_day_of_1800_is_a_valid_publication_date() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Early news " + tag, null, null,
                LocalDate.of(1800, 1, 1), TestArticles.story(tag)));
        assertThat(articles.get(a.id()).publishedAt()).isEqualTo(LocalDate.of(1800, 1, 1));
    }

    @Test
    void claims_are_filtered_and_paged_in_the_database() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = importStory(tag);
        int total = a.claims().size();
        assertThat(total).isGreaterThanOrEqualTo(2);

        ClaimFilter ofArticle = ClaimFilter.ALL.withArticle(a.id());
        assertThat(claims.count(ofArticle)).isEqualTo(total);
        Page<ClaimSummary> first = claims.search(ofArticle, 0, 1, ClaimSort.TEXT, true);
        Page<ClaimSummary> second = claims.search(ofArticle, 1, 1, ClaimSort.TEXT, true);
        assertThat(first.getTotalElements()).isEqualTo(total);
        assertThat(first.getContent()).hasSize(1);
        assertThat(second.getContent()).hasSize(1);
        assertThat(first.getContent().getFirst().text()).isLessThanOrEqualTo(second.getContent().getFirst().text());

        Page<ClaimSummary> byText = claims.search(ofArticle.withQuery("hectares"), 0, 10, null, true);
        assertThat(byText.getContent()).isNotEmpty().allSatisfy(c -> assertThat(c.text()).contains("hectares"));

        assertThatThrownBy(() -> claims.search(ClaimFilter.ALL, 0, 1000, null, true))
                .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void the_demo_articles_include_the_11000_soldiers_figure() {
        List<ClaimSummary> found = claims.search(ClaimFilter.ALL.withQuery("11,000"), 0, 10, null, true).getContent();
        assertThat(found).anySatisfy(c -> {
            assertThat(c.claimant()).contains("Zelenskyy");
            assertThat(c.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(11000.0));
        });
    }

    @Test
    void a_missing_article_is_reported_as_not_found() {
        assertThatThrownBy(() -> articles.get(987_654_321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_fact_checker_cannot_delete_an_article() {
        ArticleDetails a = importStory(TestArticles.uniqueTag());
        assertThatThrownBy(() -> articles.delete(a.id())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_can_delete_an_article_with_its_claims() {
        ArticleDetails a = importStory(TestArticles.uniqueTag());
        articles.delete(a.id());
        assertThatThrownBy(() -> articles.get(a.id())).isInstanceOf(NotFoundException.class);
        assertThat(claims.count(ClaimFilter.ALL.withArticle(a.id()))).isZero();
        assertThat(audit.history("CLAIM", a.claims().getFirst().id()))
                .anySatisfy(h -> assertThat(h.action()).isEqualTo("DELETED"));
    }
}
