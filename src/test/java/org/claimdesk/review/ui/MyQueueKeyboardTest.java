package org.claimdesk.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.Priority;
import org.claimdesk.review.QueueItem;
import org.claimdesk.shared.ui.ShortcutKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker2", roles = "FACT_CHECKER")
class MyQueueKeyboardTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;

    /** Two claims in checker2's queue, so j has somewhere to go; returns the article's tag. */
    private String twoClaimsInMyQueue() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        List<ClaimDetails> cs = articles.importArticle(new ArticleImport("Keys " + tag, null, null, null,
                TestArticles.story(tag))).claims();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(cs.get(0).id(), "checker2", LocalDate.now(), Priority.HIGH);
        assignments.assign(cs.get(1).id(), "checker2", LocalDate.now(), Priority.NORMAL);
        AsUser.signIn("checker2", "FACT_CHECKER");
        return tag;
    }

    private static QueueItem selected(MyQueueView queue) {
        return queue.grid.getSelectedItems().stream().findFirst().orElse(null);
    }

    @Test
    void j_and_k_move_the_selected_row_and_o_opens_its_claim() {
        twoClaimsInMyQueue();
        MyQueueView queue = navigate("queue", MyQueueView.class);
        List<QueueItem> rows = queue.grid.getListDataView().getItems().toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        UI ui = UI.getCurrent();

        ShortcutKeys.press(ui, "j");
        assertThat(selected(queue)).isEqualTo(rows.get(0));
        ShortcutKeys.press(ui, "j");
        assertThat(selected(queue)).isEqualTo(rows.get(1));
        ShortcutKeys.press(ui, "k");
        assertThat(selected(queue)).isEqualTo(rows.get(0));
        ShortcutKeys.press(ui, "k");
        assertThat(selected(queue)).as("k stays on the first row").isEqualTo(rows.get(0));

        ShortcutKeys.press(ui, "o");
        assertThat(getCurrentView()).isInstanceOf(ClaimView.class);
        assertThat(((ClaimView) getCurrentView()).getElement().getTextRecursively()).contains(rows.get(0).text());
    }

    @Test
    void enter_opens_the_selected_row_like_o() {
        twoClaimsInMyQueue();
        MyQueueView queue = navigate("queue", MyQueueView.class);
        ShortcutKeys.press(UI.getCurrent(), "j");
        ShortcutKeys.press(UI.getCurrent(), "j");
        QueueItem second = selected(queue);
        ShortcutKeys.press(UI.getCurrent(), "Enter");
        assertThat(((ClaimView) getCurrentView()).getElement().getTextRecursively()).contains(second.text());
    }

    @Test
    void j_walks_the_rows_the_filter_shows() {
        String tag = twoClaimsInMyQueue();
        MyQueueView queue = navigate("queue", MyQueueView.class);
        test(queue.filter).setValue("Keys " + tag);
        List<QueueItem> shown = queue.grid.getListDataView().getItems().toList();
        assertThat(shown).hasSize(2).allMatch(i -> i.articleTitle().equals("Keys " + tag));
        ShortcutKeys.press(UI.getCurrent(), "j");
        assertThat(selected(queue)).isEqualTo(shown.get(0));
    }

    @Test
    void the_queue_says_that_shortcuts_exist() {
        MyQueueView queue = navigate("queue", MyQueueView.class);
        assertThat(queue.getElement().getTextRecursively()).contains("Press ? for shortcuts");
    }
}
