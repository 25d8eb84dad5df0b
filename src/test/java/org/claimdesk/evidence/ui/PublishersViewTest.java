package org.claimdesk.evidence.ui;

import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.PublisherRegister;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.Reliability;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class PublishersViewTest extends SpringBrowserlessTest {

    @Autowired
    PublisherRegister register;
    @Autowired
    ArticleService articles;
    @Autowired
    EvidenceService evidence;

    @Test
    void an_editor_rates_a_new_outlet_and_cannot_blindly_overwrite_an_existing_rating() {
        String domain = "view-" + TestArticles.uniqueTag() + ".example";
        PublishersView view = navigate(PublishersView.class);
        test(view.domain).setValue(domain);
        test(view.name).setValue("View Daily");
        test(view.reliability).selectItem("RELIABLE");
        test(view.save).click();
        assertThat(register.find(domain).reliability()).isEqualTo(Reliability.RELIABLE);

        test(view.domain).setValue(domain);
        test(view.reliability).selectItem("UNRELIABLE");
        test(view.save).click();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).contains("pick it in the list");
        assertThat(register.find(domain).reliability()).isEqualTo(Reliability.RELIABLE);
    }

    @Test
    void an_editor_sees_the_history_of_the_publisher_just_rated_and_edited() {
        String domain = "history-view-" + TestArticles.uniqueTag() + ".example";
        PublishersView view = navigate(PublishersView.class);
        assertThat(view.history.isVisible()).isFalse();
        test(view.domain).setValue(domain);
        test(view.reliability).selectItem("RELIABLE");
        test(view.save).click();
        assertThat(view.historyTitle.getText()).isEqualTo("History of " + domain);
        assertThat(test(view.history).size()).isEqualTo(1);

        test(view.grid).select(rowOf(view, domain));
        test(view.reliability).selectItem("UNRELIABLE");
        test(view.note).setValue("<b>two retractions</b>");
        test(view.save).click();

        // latest first: the note, then the reliability (one save), then the first rating
        var history = test(view.history);
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.getCellText(0, history.getColumnPosition("change"))).isEqualTo("edited note");
        assertThat(history.getCellText(0, history.getColumnPosition("after"))).isEqualTo("<b>two retractions</b>");
        assertThat(history.getCellText(1, history.getColumnPosition("who"))).isEqualTo("editor");
        assertThat(history.getCellText(1, history.getColumnPosition("change"))).isEqualTo("edited reliability");
        assertThat(history.getCellText(1, history.getColumnPosition("before"))).isEqualTo("RELIABLE");
        assertThat(history.getCellText(1, history.getColumnPosition("after"))).isEqualTo("UNRELIABLE");
        assertThat(history.getCellText(2, history.getColumnPosition("change"))).isEqualTo("added reliability");
    }

    @Test
    void an_outlet_cited_in_a_source_is_listed_unrated_and_rated_from_the_list() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Outlet view " + tag, null, null, null,
                TestArticles.story(tag)));
        String domain = "cited-" + tag + ".example";
        evidence.addSource(a.claims().getFirst().id(), new SourceInput("https://" + domain + "/report", "A report",
                null, null, null, null, Stance.CONTEXT, "the passage", null));

        PublishersView view = navigate(PublishersView.class);
        var grid = test(view.grid);
        int row = rowOf(view, domain);
        assertThat(grid.getRow(row).reliability()).isEqualTo(Reliability.UNRATED);
        assertThat(grid.getCellText(row, grid.getColumnPosition("sources"))).isEqualTo("1");
        assertThat(grid.getRow(0).reliability()).as("unrated first").isEqualTo(Reliability.UNRATED);

        test((com.vaadin.flow.component.button.Button) grid.getCellComponent(row, "rate")).click();
        assertThat(view.domain.getValue()).isEqualTo(domain);
        test(view.reliability).selectItem("RELIABLE");
        test(view.save).click();

        assertThat(view.problem.isVisible()).isFalse();
        assertThat(register.find(domain).reliability()).isEqualTo(Reliability.RELIABLE);
        assertThat(test(view.grid).getRow(rowOf(view, domain)).sources()).as("still counted once rated").isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "checker", roles = "FACT_CHECKER")
    void a_fact_checker_sees_the_register_but_not_its_history() {
        PublishersView view = navigate(PublishersView.class);
        assertThat(view.history.isAttached()).isFalse();
        assertThat(view.historyTitle.isAttached()).isFalse();
    }

    private int rowOf(PublishersView view, String domain) {
        var grid = test(view.grid);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).domain().equals(domain)) {
                return i;
            }
        }
        throw new AssertionError(domain + " is not in the register's grid");
    }
}
