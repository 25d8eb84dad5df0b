package org.claimdesk.claim.ui;

import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.extraction.ClaimType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ClaimsViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    private static List<ClaimSummary> rows(ClaimsView view, com.vaadin.flow.component.grid.GridTester<?, ClaimSummary> grid) {
        List<ClaimSummary> out = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            out.add(grid.getRow(i));
        }
        return out;
    }

    @Test
    void claims_are_listed_with_their_claimant_article_and_figures() {
        ClaimsView view = navigate(ClaimsView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        test(view.search).setValue("11,000");
        List<ClaimSummary> found = rows(view, test(view.grid));
        assertThat(found).isNotEmpty().anySatisfy(c -> {
            assertThat(c.claimant()).contains("Zelenskyy");
            assertThat(c.figures()).contains("11,000");
            assertThat(c.articleTitle()).isNotBlank();
        });
    }

    @Test
    void the_filters_for_text_type_status_and_article_narrow_the_list() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Filter test " + tag, null, null, null,
                TestArticles.story(tag)));
        ClaimsView view = navigate(ClaimsView.class);

        view.article.setValue(new org.claimdesk.claim.ArticleRef(a.id(), a.title()));
        List<ClaimSummary> ofArticle = rows(view, test(view.grid));
        assertThat(ofArticle).hasSize(a.claims().size()).allSatisfy(c -> assertThat(c.articleId()).isEqualTo(a.id()));

        test(view.type).selectItem(ClaimType.STATISTIC.name());
        List<ClaimSummary> statistics = rows(view, test(view.grid));
        assertThat(statistics).isNotEmpty().allSatisfy(c -> assertThat(c.type()).isEqualTo(ClaimType.STATISTIC));
        assertThat(statistics.size()).isLessThan(ofArticle.size());

        test(view.search).setValue("hectares");
        assertThat(rows(view, test(view.grid))).isNotEmpty()
                .allSatisfy(c -> assertThat(c.text()).containsIgnoringCase("hectares"));

        view.status.setValue(ClaimStatus.UNREVIEWED);
        assertThat(rows(view, test(view.grid))).isNotEmpty();

        test(view.search).setValue("no claim says zyxwvut");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void the_status_column_shows_a_readable_badge_with_the_status_class() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Badge test " + tag, null, null, null,
                TestArticles.story(tag)));
        ClaimsView view = navigate(ClaimsView.class);
        view.article.setValue(new org.claimdesk.claim.ArticleRef(a.id(), a.title()));
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        assertThat(grid.getLitRendererPropertyValue(0, "status", "statusLabel", String.class)).isEqualTo("Unreviewed");
        assertThat(grid.getLitRendererPropertyValue(0, "status", "statusClass", String.class))
                .isEqualTo("status-unreviewed");
    }

    @Test
    void the_status_filter_names_statuses_in_words() {
        ClaimsView view = navigate(ClaimsView.class);
        assertThat(view.status.getItemLabelGenerator().apply(ClaimStatus.AWAITING_APPROVAL)).isEqualTo("Awaiting approval");
    }

    @Test
    void selecting_a_row_opens_the_claim_page() {
        ClaimsView view = navigate(ClaimsView.class);
        test(view.search).setValue("11,000");
        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ClaimView.class);
        ClaimView page = (ClaimView) getCurrentView();
        assertThat(page.claim.text()).contains("11,000");
        assertThat(page.claim.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(11000.0));
    }
}
