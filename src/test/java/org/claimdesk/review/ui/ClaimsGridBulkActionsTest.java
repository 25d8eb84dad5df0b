package org.claimdesk.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ui.ArticleView;
import org.claimdesk.claim.ArticleRef;
import org.claimdesk.claim.ClaimSummary;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.claim.ui.ClaimsView;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.BulkResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims grid's bulk actions and the article page's "Assign all claims…", without a browser. */
@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ClaimsGridBulkActionsTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;

    private ArticleDetails politicsArticle() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Grid bulk " + tag, null, null, null,
                TestArticles.story(tag)));
        AsUser.signIn("editor", "EDITOR");
        return a;
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimSummary> claimsOf(ArticleDetails a) {
        navigate(ClaimsView.class);
        ((ComboBox<ArticleRef>) $(ComboBox.class).id("claim-article-filter")).setValue(new ArticleRef(a.id(), a.title()));
        return (Grid<ClaimSummary>) $(Grid.class).id("claims-grid");
    }

    @Test
    void an_editor_selects_two_rows_assigns_them_to_checker_and_sees_both_done() {
        ArticleDetails a = politicsArticle();
        Grid<ClaimSummary> grid = claimsOf(a);
        HorizontalLayout tools = $(HorizontalLayout.class).id("claims-selection-tools");
        assertThat(tools.isVisible()).isTrue();
        assertThat(tools.isEnabled()).isFalse();

        test(grid).select(0);
        test(grid).select(1);
        assertThat(tools.isEnabled()).isTrue();
        List<Long> chosen = grid.getSelectedItems().stream().map(ClaimSummary::id).toList();
        assertThat(chosen).hasSize(2);
        test($(Button.class).id("bulk-assign")).click();
        AssignDialog dialog = $(AssignDialog.class).single();
        test(dialog.assignee).selectItem("checker");
        test(dialog.confirm).click();

        BulkResultsDialog results = $(BulkResultsDialog.class).single();
        assertThat(results.getId()).contains("bulk-results");
        var rows = test(results.results);
        assertThat(rows.size()).isEqualTo(2);
        for (int i = 0; i < rows.size(); i++) {
            BulkResult r = rows.getRow(i);
            assertThat(r.done()).isTrue();
            assertThat(r.message()).contains("assigned to checker");
            assertThat(chosen).contains(r.claimId());
        }
        assertThat(rows.getCellText(0, 1)).isEqualTo("done");
        for (long id : chosen) {
            assertThat(assignments.of(id)).hasValueSatisfying(x -> assertThat(x.assignee()).isEqualTo("checker"));
        }
        assertThat(grid.getSelectedItems()).isEmpty();
    }

    @Test
    void with_selection_boxes_a_click_on_a_row_still_opens_the_claim() {
        ArticleDetails a = politicsArticle();
        Grid<ClaimSummary> grid = claimsOf(a);
        assertThat(grid.getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
        long first = test(grid).getRow(0).id();
        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ClaimView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains(a.claims().stream().filter(c -> c.id() == first).findFirst().orElseThrow().text());
    }

    @Test
    @WithMockUser(username = "checker", roles = "FACT_CHECKER")
    void a_fact_checker_gets_no_bulk_tools() {
        ArticleDetails a = politicsArticle();
        AsUser.signIn("checker", "FACT_CHECKER");
        Grid<ClaimSummary> grid = claimsOf(a);
        // no visible tools (the query finds visible components only), no selection boxes
        assertThat($(HorizontalLayout.class).withId("claims-selection-tools").exists()).isFalse();
        assertThat($(Button.class).withId("bulk-assign").exists()).isFalse();
        assertThat(grid.getSelectionModel())
                .isNotInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);
    }

    @Test
    void the_article_page_assigns_all_its_claims() {
        ArticleDetails a = politicsArticle();
        navigate("articles/" + a.id(), ArticleView.class);
        test($(Button.class).id("assign-article")).click();
        AssignDialog dialog = $(AssignDialog.class).single();
        test(dialog.assignee).selectItem("checker2");
        test(dialog.confirm).click();

        var rows = test($(BulkResultsDialog.class).single().results);
        assertThat(rows.size()).isEqualTo(a.claims().size());
        a.claims().forEach(c -> assertThat(assignments.of(c.id()))
                .hasValueSatisfying(x -> assertThat(x.assignee()).isEqualTo("checker2")));
    }
}
