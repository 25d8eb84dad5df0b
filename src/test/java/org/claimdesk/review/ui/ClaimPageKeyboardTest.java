package org.claimdesk.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.Priority;
import org.claimdesk.review.QueueItem;
import org.claimdesk.shared.ui.KeyboardShortcuts;
import org.claimdesk.shared.ui.ShortcutKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer works the queue from the claim page with the keyboard: next, previous, add source, verdict, approve, back. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker2", roles = "FACT_CHECKER")
class ClaimPageKeyboardTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;

    /** Two claims in checker2's queue; checker2 is signed in. */
    private List<ClaimDetails> twoClaimsInMyQueue() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        List<ClaimDetails> cs = articles.importArticle(new ArticleImport("Claim keys " + tag, null, null, null,
                TestArticles.story(tag))).claims();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(cs.get(0).id(), "checker2", LocalDate.now(), Priority.HIGH);
        assignments.assign(cs.get(1).id(), "checker2", LocalDate.now(), Priority.HIGH);
        AsUser.signIn("checker2", "FACT_CHECKER");
        return cs;
    }

    @Test
    void j_and_k_walk_the_queue_and_q_goes_back_to_it() {
        twoClaimsInMyQueue();
        List<Long> queue = assignments.myQueue().stream().map(QueueItem::claimId).toList();
        int at = 0;
        navigate("claims/" + queue.get(at), ClaimView.class);
        UI ui = UI.getCurrent();

        ShortcutKeys.press(ui, "j");
        assertThat(getCurrentView()).isInstanceOf(ClaimView.class);
        assertThat(((ClaimView) getCurrentView()).getElement().getTextRecursively())
                .contains(claims.get(queue.get(at + 1)).text());
        ShortcutKeys.press(UI.getCurrent(), "k");
        assertThat(((ClaimView) getCurrentView()).getElement().getTextRecursively())
                .contains(claims.get(queue.get(at)).text());

        ShortcutKeys.press(UI.getCurrent(), "q");
        assertThat(getCurrentView()).isInstanceOf(MyQueueView.class);
    }

    @Test
    void the_help_lists_the_claim_pages_keys() {
        List<ClaimDetails> cs = twoClaimsInMyQueue();
        navigate("claims/" + cs.getFirst().id(), ClaimView.class);
        assertThat(KeyboardShortcuts.current(UI.getCurrent())).extracting(KeyboardShortcuts.Shortcut::key)
                .contains("j", "k", "q", "s", "v", "a", "?");
    }

    @Test
    void s_opens_the_source_form_and_a_approves_someone_elses_verdict() {
        List<ClaimDetails> cs = twoClaimsInMyQueue();
        ClaimDetails c = cs.getFirst();
        navigate("claims/" + c.id(), ClaimView.class);
        ShortcutKeys.press(UI.getCurrent(), "s");
        assertThat(find(org.claimdesk.evidence.ui.SourceForm.class).all()).hasSize(1);

        AsUser.signIn("checker", "FACT_CHECKER");
        evidence.addSource(c.id(), new SourceInput("https://keys.example/" + TestArticles.uniqueTag(), null, null, null,
                null, null, Stance.CONTRADICTS, null, null));
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "Not so.", null,
                claims.get(c.id()).version()));
        AsUser.signIn("checker2", "FACT_CHECKER");
        navigate("claims/" + c.id(), ClaimView.class);
        ShortcutKeys.press(UI.getCurrent(), "a");
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.VERIFIED);
    }
}
