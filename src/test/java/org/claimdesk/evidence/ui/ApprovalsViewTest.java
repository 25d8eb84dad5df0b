package org.claimdesk.evidence.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.evidence.ApprovalItem;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ApprovalsViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;

    private ClaimDetails aVerdictByChecker() {
        AsUser.signIn("checker", "FACT_CHECKER");
        ClaimDetails c = TestArticles.hectaresClaim(articles, "Approvals view");
        evidence.addSource(c.id(), new SourceInput("https://farm-news.example/" + TestArticles.uniqueTag(), null, null,
                null, null, null, Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "The survey refutes it.", null,
                claims.get(c.id()).version()));
        AsUser.signIn("editor", "EDITOR");
        return c;
    }

    private static List<ApprovalItem> rows(ApprovalsView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    @Test
    void the_approvals_list_the_claim_and_a_click_opens_its_page() {
        ClaimDetails c = aVerdictByChecker();

        ApprovalsView view = navigate("approvals", ApprovalsView.class);
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.empty.isVisible()).isFalse();
        int row = rows(view).stream().map(ApprovalItem::claimId).toList().indexOf(c.id());
        assertThat(row).isNotNegative();
        assertThat(test(view.grid).getCellText(row, 4)).isEqualTo("checker");

        test(view.grid).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(ClaimView.class);
        assertThat(((ClaimView) getCurrentView()).getElement().getTextRecursively()).contains(c.text());
    }

    @Test
    void a_verdict_given_while_the_approvals_are_open_appears_without_a_reload() {
        ApprovalsView view = navigate("approvals", ApprovalsView.class);
        ClaimDetails c = aVerdictByChecker();
        // the broadcast queued a UI.access task; a real session runs it when the lock is released
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        assertThat(rows(view)).anyMatch(i -> i.claimId() == c.id());
    }
}
