package org.claimdesk.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.Priority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker2", roles = "FACT_CHECKER")
class MyQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;

    @Test
    void my_queue_lists_my_claims_and_the_claim_page_takes_work_and_walks_to_the_next() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        List<ClaimDetails> cs = articles.importArticle(new ArticleImport("Queue " + tag, null, null, null,
                TestArticles.story(tag))).claims().stream().sorted(Comparator.comparingInt(ClaimDetails::start)).toList();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(cs.get(0).id(), "checker2", LocalDate.now(), Priority.HIGH);
        AsUser.signIn("checker2", "FACT_CHECKER");

        MyQueueView queue = navigate("queue", MyQueueView.class);
        assertThat(test(queue.grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(queue.grid.getListDataView().getItems()).anyMatch(i -> i.claimId() == cs.get(0).id());
        var rows = test(queue.grid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).claimId() == cs.get(0).id())
                .findFirst().orElseThrow();
        assertThat(rows.getLitRendererPropertyValue(row, "status", "statusLabel", String.class)).isEqualTo("Unreviewed");
        assertThat(rows.getLitRendererPropertyValue(row, "status", "statusClass", String.class)).isEqualTo("status-unreviewed");

        // on another claim of the article, take it; the editor then makes it due today too, after the HIGH one
        navigate("claims/" + cs.get(1).id(), ClaimView.class);
        AssignmentSection section = find(AssignmentSection.class).single();
        assertThat(section.current.getText()).isEqualTo("Not assigned");
        test(section.take).click();
        assertThat(find(AssignmentSection.class).single().current.getText()).contains("Assigned to checker2");
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(cs.get(1).id(), "checker2", LocalDate.now(), Priority.NORMAL);
        AsUser.signIn("checker2", "FACT_CHECKER");

        navigate("claims/" + cs.get(0).id(), ClaimView.class);
        test(find(AssignmentSection.class).single().next).click();
        assertThat(((ClaimView) getCurrentView()).getElement().getTextRecursively()).contains(cs.get(1).text());
    }
}
