package org.claimdesk.evidence.ui;

import org.claimdesk.claim.ui.StatusBadge;
import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
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
import org.claimdesk.evidence.SourceDetails;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim page as a fact-checker and an editor use it: add sources, give a verdict, approve it. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ClaimVerificationViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;

    private ClaimDetails aClaim() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Verify " + tag, null, null, null, TestArticles.story(tag)));
        return a.claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
    }

    private VerificationSection section() {
        return find(VerificationSection.class).single();
    }

    private void addSourceThroughTheForm(String url, Stance stance) {
        test(section().sources.addSource).click();
        SourceForm form = find(SourceForm.class).single();
        test(form.url).setValue(url);
        test(form.title).setValue("Crop report");
        test(form.stance).selectItem(stance.name());
        test(form.excerpt).setValue("Yields may fall sharply.");
        test(form.save).click();
    }

    @Test
    void a_source_is_added_on_the_claim_page_and_counted_as_corroboration() {
        ClaimDetails c = aClaim();
        navigate("claims/" + c.id(), ClaimView.class);
        addSourceThroughTheForm("https://agri-news.example/report", Stance.SUPPORTS);

        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(section().sources.sourceList.getElement().getTextRecursively()).contains("Crop report").contains("SUPPORTS");
        assertThat(section().sources.corroboration.getText()).contains("supporting: 1");
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void a_javascript_link_is_refused_in_the_source_form() {
        ClaimDetails c = aClaim();
        navigate("claims/" + c.id(), ClaimView.class);
        test(section().sources.addSource).click();
        SourceForm form = find(SourceForm.class).single();
        test(form.url).setValue("javascript:alert(1)");
        test(form.stance).selectItem("SUPPORTS");
        test(form.save).click();
        assertThat(form.url.isInvalid()).isTrue();
        assertThat(evidence.sources(c.id())).isEmpty();
    }

    @Test
    void a_verdict_is_given_and_approved_by_another_user() {
        ClaimDetails c = aClaim();
        navigate("claims/" + c.id(), ClaimView.class);
        addSourceThroughTheForm("https://agri-news.example/report", Stance.CONTRADICTS);

        VerdictForm form = section().verdict.verdictForm;
        test(form.attribution).selectItem("CONFIRMED");
        form.rating.setValue(Rating.MOSTLY_FALSE);
        test(form.rationale).setValue("The union's own survey shows far smaller losses.");
        test(form.save).click();
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
        StatusBadge awaiting = find(StatusBadge.class).withId("claim-status").single();
        assertThat(awaiting.getText()).isEqualTo("Awaiting approval");
        assertThat(awaiting.getClassNames()).contains("status-awaiting-approval");
        assertThat(section().verdict.approve.isVisible()).isTrue();
        assertThat(section().verdict.approve.isEnabled()).as("the author cannot approve").isFalse();

        AsUser.signIn("editor", "EDITOR");
        navigate("claims/" + c.id(), ClaimView.class);
        assertThat(section().verdict.approve.isEnabled()).isTrue();
        test(section().verdict.approve).click();
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.VERIFIED);
        ClaimView page = (ClaimView) getCurrentView();
        assertThat(page.getElement().getTextRecursively()).contains("approved by editor");
        StatusBadge verified = find(StatusBadge.class).withId("claim-status").single();
        assertThat(verified.getText()).isEqualTo("Verified");
        assertThat(verified.getClassNames()).contains("status-verified");
    }

    @Test
    void a_stale_verdict_shows_who_changed_the_claim_and_keeps_the_input() {
        ClaimDetails c = aClaim();
        evidence.addSource(c.id(), new SourceInput("https://agri-news.example/r", null, null, null, null, null,
                Stance.CONTRADICTS, null, null));
        navigate("claims/" + c.id(), ClaimView.class);
        VerdictForm form = section().verdict.verdictForm;
        test(form.attribution).selectItem("CONFIRMED");
        form.rating.setValue(Rating.FALSE);
        test(form.rationale).setValue("My careful rationale");

        // a colleague gives a verdict on the same claim first
        AsUser.signIn("checker2", "FACT_CHECKER");
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.MIXED, "Theirs.", null,
                claims.get(c.id()).version()));
        AsUser.signIn("checker", "FACT_CHECKER");

        test(form.save).click();
        assertThat(form.problem.isVisible()).isTrue();
        assertThat(form.problem.getText()).contains("checker2").contains("changed this claim");
        assertThat(form.rationale.getValue()).isEqualTo("My careful rationale");
        assertThat(verdicts.verdict(c.id()).orElseThrow().rationale()).isEqualTo("Theirs.");

        test(form.reload).click();
        // both of us changed the rating and the rationale: both values are shown, and I choose
        assertThat(form.conflicts.getElement().getTextRecursively()).contains("Theirs.").contains("My careful rationale");
        assertThat(form.rationale.getValue()).isEqualTo("My careful rationale");
        test(form.save).click();
        assertThat(form.problem.getText()).contains("Choose yours or theirs");
        find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, form.conflicts).all()
                .forEach(g -> ((com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) g).setValue("mine"));
        test(form.save).click();
        assertThat(verdicts.verdict(c.id()).orElseThrow().rationale()).isEqualTo("My careful rationale");
        assertThat(verdicts.verdict(c.id()).orElseThrow().rating()).isEqualTo(Rating.FALSE);
    }

    @Test
    void a_comment_is_posted_and_shown_in_the_thread_and_history() {
        ClaimDetails c = aClaim();
        ClaimView page = navigate("claims/" + c.id(), ClaimView.class);
        var body = find(com.vaadin.flow.component.textfield.TextArea.class).withId("comment-body").single();
        test(body).setValue("Ask the union for its survey.");
        test(find(com.vaadin.flow.component.button.Button.class).withId("comment-post").single()).click();
        page = (ClaimView) getCurrentView();
        assertThat(page.getElement().getTextRecursively()).contains("Ask the union for its survey.");
    }

    @Test
    void typed_verdict_and_comment_survive_adding_a_source() {
        ClaimDetails c = aClaim();
        navigate("claims/" + c.id(), ClaimView.class);
        VerdictForm form = section().verdict.verdictForm;
        form.rating.setValue(Rating.MOSTLY_FALSE);
        test(form.rationale).setValue("Half-written: the union's survey says");
        var comment = find(com.vaadin.flow.component.textfield.TextArea.class).withId("comment-body").single();
        test(comment).setValue("Draft: ask the union");

        addSourceThroughTheForm("https://agri-news.example/report", Stance.CONTRADICTS);

        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(section().sources.sourceList.getElement().getTextRecursively()).contains("Crop report");
        VerdictForm after = section().verdict.verdictForm;
        assertThat(after.rating.getValue()).isEqualTo(Rating.MOSTLY_FALSE);
        assertThat(after.rationale.getValue()).isEqualTo("Half-written: the union's survey says");
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class).withId("comment-body").single().getValue())
                .isEqualTo("Draft: ask the union");

        // and the verdict, submitted after the source moved the claim to a new version, is accepted
        test(after.rationale).setValue("The union's survey says far smaller losses.");
        test(after.save).click();
        assertThat(claims.get(c.id()).status()).isEqualTo(ClaimStatus.AWAITING_APPROVAL);
    }

    @Test
    void a_stale_source_edit_is_reloaded_keeping_only_my_changes() {
        ClaimDetails c = aClaim();
        SourceDetails stored = evidence.addSource(c.id(), new SourceInput("https://agri-news.example/r", "Report", null,
                null, null, null, Stance.CONTRADICTS, null, null));
        navigate("claims/" + c.id(), ClaimView.class);
        section().sources.openSourceDialog(stored);
        SourceForm form = find(SourceForm.class).single();
        test(form.excerpt).setValue("my excerpt");

        AsUser.signIn("checker2", "FACT_CHECKER");
        evidence.editSource(c.id(), stored.id(), stored.version(), new SourceInput("https://agri-news.example/r",
                "Their title", null, null, null, null, Stance.CONTRADICTS, null, null));
        AsUser.signIn("checker", "FACT_CHECKER");

        test(form.save).click();
        assertThat(form.problem.getText()).contains("checker2");
        assertThat(form.reload.isVisible()).isTrue();
        test(form.reload).click();
        assertThat(form.title.getValue()).isEqualTo("Their title");
        assertThat(form.excerpt.getValue()).isEqualTo("my excerpt");
        test(form.save).click();

        SourceDetails saved = evidence.sources(c.id()).getFirst();
        assertThat(saved.title()).isEqualTo("Their title");
        assertThat(saved.excerpt()).isEqualTo("my excerpt");
    }
}
