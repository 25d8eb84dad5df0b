package org.claimdesk.evidence.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
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
import org.claimdesk.shared.ui.ShortcutKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ApprovalsKeyboardTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;

    private void aVerdictByChecker() {
        AsUser.signIn("checker", "FACT_CHECKER");
        ClaimDetails c = TestArticles.hectaresClaim(articles, "Approvals keys");
        evidence.addSource(c.id(), new SourceInput("https://farm-news.example/" + TestArticles.uniqueTag(), null, null,
                null, null, null, Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "The survey refutes it.", null,
                claims.get(c.id()).version()));
        AsUser.signIn("editor", "EDITOR");
    }

    @Test
    void j_selects_rows_of_the_approvals_and_o_opens_the_selected_claim() {
        aVerdictByChecker();
        aVerdictByChecker();
        ApprovalsView view = navigate("approvals", ApprovalsView.class);
        List<ApprovalItem> rows = view.grid.getListDataView().getItems().toList();
        ShortcutKeys.press(UI.getCurrent(), "j");
        ShortcutKeys.press(UI.getCurrent(), "j");
        assertThat(view.grid.getSelectedItems()).containsExactly(rows.get(1));
        ShortcutKeys.press(UI.getCurrent(), "o");
        assertThat(((ClaimView) getCurrentView()).getElement().getTextRecursively()).contains(rows.get(1).claimText());
        assertThat(view.getElement().getTextRecursively()).contains("Press ? for shortcuts");
    }
}
