package org.claimdesk.evidence.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.audit.AuditService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceDetails;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.shared.ui.ReasonDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What issue 12 saw on the claim page, as a fact-checker and an editor meet it: the next action in the header,
 * refused actions disabled with their reason, reopen and source removal that ask why, success notices.
 */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ClaimWorkbenchActionsTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    AuditService audit;

    private ClaimDetails aClaim() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Workbench " + tag, null, null, null, TestArticles.story(tag)));
        return a.claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
    }

    private SourceDetails aSource(ClaimDetails c) {
        return evidence.addSource(c.id(), new SourceInput("https://agri-news.example/r", "Crop report", null, null, null,
                null, Stance.CONTRADICTS, null, null));
    }

    private void aVerdictBy(String user, ClaimDetails c) {
        AsUser.signIn(user, "FACT_CHECKER");
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "The survey says otherwise.",
                null, claims.get(c.id()).version()));
    }

    private VerificationSection section() {
        return find(VerificationSection.class).single();
    }

    private String nextActionText() {
        return find(Span.class).withId("claim-next-action-text").single().getText();
    }

    private Button nextActionButton() {
        return find(Button.class).withId("claim-next-action-button").single();
    }

    private boolean aNoticeSays(String text, NotificationVariant variant) {
        return find(Notification.class).all().stream().anyMatch(n -> test(n).getText().contains(text)
                && n.getThemeNames().contains(variant.getVariantName()));
    }

    @Test
    void the_header_offers_the_next_step_from_adding_a_source_to_approval() {
        ClaimDetails c = aClaim();
        navigate("claims/" + c.id(), ClaimView.class);
        assertThat(nextActionText()).contains("no source");
        assertThat(nextActionButton().getText()).isEqualTo("Add a source");
        test(nextActionButton()).click();
        assertThat(find(SourceForm.class).all()).hasSize(1);

        aSource(c);
        navigate("claims/" + c.id(), ClaimView.class);
        assertThat(nextActionButton().getText()).isEqualTo("Set the verdict");

        aVerdictBy("checker", c);
        navigate("claims/" + c.id(), ClaimView.class);
        assertThat(nextActionText()).contains("Your verdict waits for approval");
        assertThat(find(Button.class).withId("claim-next-action-button").all()).isEmpty();

        AsUser.signIn("editor", "EDITOR");
        navigate("claims/" + c.id(), ClaimView.class);
        assertThat(nextActionText()).contains("checker").contains("waits for approval");
        test(nextActionButton()).click();
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.VERIFIED);
        assertThat(aNoticeSays("Verdict approved", NotificationVariant.LUMO_SUCCESS)).isTrue();
        assertThat(nextActionText()).startsWith("Verified");
    }

    @Test
    void the_author_sees_why_approve_is_disabled_and_correct_is_disabled_under_a_verdict() {
        ClaimDetails c = aClaim();
        aSource(c);
        aVerdictBy("checker", c);
        ClaimView page = navigate("claims/" + c.id(), ClaimView.class);
        VerdictPanel verdict = section().verdict;
        assertThat(verdict.approve.isEnabled()).isFalse();
        assertThat(verdict.locked.isVisible()).isTrue();
        assertThat(verdict.locked.getText()).contains("You gave this verdict");
        Button correct = find(Button.class).withId("claim-edit").single();
        assertThat(correct.isEnabled()).as("a correction would be refused under a verdict").isFalse();
        assertThat(find(Span.class).withId("claim-correction-refused").single().getText()).contains("reopen it before correcting");
        assertThat(page.getElement().getTextRecursively()).doesNotContain("AWAITING_APPROVAL");
    }

    @Test
    void a_pending_verdict_keeps_the_form_closed_until_revise_is_chosen() {
        ClaimDetails c = aClaim();
        aSource(c);
        aVerdictBy("checker2", c);
        AsUser.signIn("checker", "FACT_CHECKER");
        navigate("claims/" + c.id(), ClaimView.class);
        VerdictPanel verdict = section().verdict;
        assertThat(verdict.verdictForm.isVisible()).isFalse();
        test(verdict.revise).click();
        assertThat(verdict.verdictForm.isVisible()).isTrue();
        assertThat(verdict.revise.isVisible()).isFalse();
    }

    @Test
    void a_saved_verdict_is_confirmed_with_a_success_notice() {
        ClaimDetails c = aClaim();
        aSource(c);
        navigate("claims/" + c.id(), ClaimView.class);
        VerdictForm form = section().verdict.verdictForm;
        test(form.attribution).selectItem("CONFIRMED");
        form.rating.setValue(Rating.FALSE);
        test(form.rationale).setValue("The survey says otherwise.");
        test(form.save).click();
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
        assertThat(aNoticeSays("Verdict saved", NotificationVariant.LUMO_SUCCESS)).isTrue();
    }

    @Test
    void reopen_asks_for_a_reason_which_goes_into_the_history() {
        ClaimDetails c = aClaim();
        aSource(c);
        aVerdictBy("checker2", c);
        AsUser.signIn("checker", "FACT_CHECKER");
        navigate("claims/" + c.id(), ClaimView.class);
        test(section().verdict.reopen).click();
        assertThat(claims.get(c.id()).status()).as("nothing happens before the confirmation").isEqualTo(ClaimStatus.AWAITING_APPROVAL);
        ReasonDialog dialog = find(ReasonDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("checker2's verdict");

        test(find(Button.class).withId("reason-dialog-confirm").single()).click();
        assertThat(claims.get(c.id()).status()).as("a reason is required").isEqualTo(ClaimStatus.AWAITING_APPROVAL);

        test(find(com.vaadin.flow.component.textfield.TextArea.class).withId("reason-dialog-reason").single())
                .setValue("The ministry published new figures");
        test(find(Button.class).withId("reason-dialog-confirm").single()).click();
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.REOPENED);
        assertThat(audit.history("CLAIM", c.id())).anySatisfy(e ->
                assertThat(e.toString()).contains("reopened: The ministry published new figures"));
        assertThat(aNoticeSays("Claim reopened", NotificationVariant.LUMO_SUCCESS)).isTrue();
    }

    @Test
    void removing_a_source_under_a_verdict_says_it_reopens_and_keeps_the_reason() {
        ClaimDetails c = aClaim();
        SourceDetails s = aSource(c);
        aVerdictBy("checker2", c);
        AsUser.signIn("checker", "FACT_CHECKER");
        navigate("claims/" + c.id(), ClaimView.class);
        section().sources.confirmRemove(s);
        ReasonDialog dialog = find(ReasonDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("removing a source reopens it");
        test(find(Button.class).withId("reason-dialog-confirm").single()).click();
        assertThat(evidence.sources(c.id())).as("a reason is required").hasSize(1);

        test(find(com.vaadin.flow.component.textfield.TextArea.class).withId("reason-dialog-reason").single())
                .setValue("The link is a copy of another source");
        test(find(Button.class).withId("reason-dialog-confirm").single()).click();
        assertThat(evidence.sources(c.id())).isEmpty();
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.REOPENED);
        assertThat(audit.history("CLAIM", c.id())).anySatisfy(e ->
                assertThat(e.toString()).contains("a source was removed after the verdict: The link is a copy"));
    }

    @Test
    void removing_a_source_without_a_verdict_asks_only_to_confirm() {
        ClaimDetails c = aClaim();
        SourceDetails s = aSource(c);
        navigate("claims/" + c.id(), ClaimView.class);
        section().sources.confirmRemove(s);
        test(find(Button.class).withId("reason-dialog-confirm").single()).click();
        assertThat(evidence.sources(c.id())).isEmpty();
        assertThat(aNoticeSays("Source removed", NotificationVariant.LUMO_SUCCESS)).isTrue();
    }
}
