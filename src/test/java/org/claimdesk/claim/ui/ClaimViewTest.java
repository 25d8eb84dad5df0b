package org.claimdesk.claim.ui;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
import org.claimdesk.claim.ClaimService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ClaimViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimCorrections corrections;

    private ClaimDetails aClaim() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Claim page " + tag, null, null, null,
                TestArticles.story(tag)));
        return a.claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();
    }

    @Test
    void the_claim_page_shows_claimant_figures_context_and_history() {
        ClaimDetails c = aClaim();
        ClaimView view = navigate("claims/" + c.id(), ClaimView.class);
        assertThat(view.claim.id()).isEqualTo(c.id());
        String shown = view.getElement().getTextRecursively();
        assertThat(shown).contains("Pavel Dragan").contains("2,500").contains("hectares");
        view.showTab("History");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("claim-history").single().getElement().getTextRecursively()).contains("extracted");
    }

    @Test
    void the_claim_page_shows_the_status_as_a_badge_in_words() {
        ClaimDetails c = aClaim();
        navigate("claims/" + c.id(), ClaimView.class);
        StatusBadge badge = find(StatusBadge.class).withId("claim-status").single();
        assertThat(badge.getText()).isEqualTo("Unreviewed");
        assertThat(badge.getClassNames()).contains("status-badge", "status-unreviewed");
    }

    @Test
    void a_correction_is_saved_from_the_claim_page_and_appears_in_the_history() {
        ClaimDetails c = aClaim();
        ClaimView view = navigate("claims/" + c.id(), ClaimView.class);
        test(view.editButton).click();
        test(view.form.claimant).setValue("Pavel Dragan");
        test(view.form.claimantDescription).setValue("farmers' union leader");
        test(view.form.save).click();

        assertThat(claims.get(c.id()).claimantDescription()).isEqualTo("farmers' union leader");
        assertThat(view.form.isVisible()).isFalse();
        view.showTab("History");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("claim-history").single().getElement().getTextRecursively()).contains("farmers' union leader");
    }

    @Test
    void a_stale_save_on_the_claim_page_keeps_the_input_and_names_the_other_editor() {
        ClaimDetails c = aClaim();
        ClaimView view = navigate("claims/" + c.id(), ClaimView.class);
        test(view.editButton).click();
        test(view.form.text).setValue("my version");
        corrections.edit(c.id(), c.version(), new ClaimEdit("their version", c.claimant(), null, c.type()));
        test(view.form.save).click();

        assertThat(view.form.message.isVisible()).isTrue();
        assertThat(view.form.message.getText()).contains("checker");
        assertThat(view.form.text.getValue()).isEqualTo("my version");
        assertThat(claims.get(c.id()).text()).isEqualTo("their version");

        // reload their version under my input: we both changed the words, so I choose, then save
        test(view.form.reload).click();
        assertThat(view.getElement().getTextRecursively()).contains("their version");
        assertThat(view.form.text.getValue()).isEqualTo("my version");
        assertThat(view.form.conflicts.getElement().getTextRecursively()).contains("their version").contains("my version");
        choose(view.form.conflicts, "mine");
        test(view.form.save).click();
        assertThat(claims.get(c.id()).text()).isEqualTo("my version");
    }

    @Test
    void reloading_after_a_conflict_applies_only_my_changes_and_keeps_the_other_persons_claimant() {
        ClaimDetails c = aClaim();
        AsUser.signIn("checker2", "FACT_CHECKER");
        ClaimView view = navigate("claims/" + c.id(), ClaimView.class);
        test(view.editButton).click();
        test(view.form.claimantDescription).setValue("leader of the farmers' union");
        test(view.form.text).setValue("some 2,500 hectares of crops could fail");

        AsUser.signIn("checker", "FACT_CHECKER");
        corrections.edit(c.id(), c.version(), new ClaimEdit(c.text(), "Pavel Dragan Jr.", c.claimantDescription(), c.type()));

        AsUser.signIn("checker2", "FACT_CHECKER");
        test(view.form.save).click();
        assertThat(view.form.message.getText()).contains("checker changed this claim");
        test(view.form.reload).click();
        assertThat(view.form.claimant.getValue()).as("their claimant comes into my form").isEqualTo("Pavel Dragan Jr.");
        assertThat(view.form.conflicts.isVisible()).as("we changed different fields").isFalse();
        test(view.form.save).click();

        ClaimDetails saved = claims.get(c.id());
        assertThat(saved.claimant()).isEqualTo("Pavel Dragan Jr.");
        assertThat(saved.claimantDescription()).isEqualTo("leader of the farmers' union");
        assertThat(saved.text()).isEqualTo("some 2,500 hectares of crops could fail");
    }

    @Test
    void when_both_changed_the_same_field_both_values_are_shown_and_theirs_can_be_kept() {
        ClaimDetails c = aClaim();
        ClaimView view = navigate("claims/" + c.id(), ClaimView.class);
        test(view.editButton).click();
        test(view.form.claimant).setValue("Pavel Dragan, union leader");
        test(view.form.claimantDescription).setValue("my description");
        corrections.edit(c.id(), c.version(), new ClaimEdit(c.text(), "P. Dragan", c.claimantDescription(), c.type()));

        test(view.form.save).click();
        test(view.form.reload).click();
        String conflicts = view.form.conflicts.getElement().getTextRecursively();
        assertThat(conflicts).contains("Claimant").contains("P. Dragan").contains("Pavel Dragan, union leader");
        assertThat(conflicts).doesNotContain("my description");
        choose(view.form.conflicts, "theirs");
        assertThat(view.form.claimant.getValue()).isEqualTo("P. Dragan");
        test(view.form.save).click();

        assertThat(claims.get(c.id()).claimant()).isEqualTo("P. Dragan");
        assertThat(claims.get(c.id()).claimantDescription()).isEqualTo("my description");
    }

    @Test
    void the_correction_form_survives_a_redraw_of_the_page_and_moves_to_the_new_version() {
        ClaimDetails c = aClaim();
        ClaimView view = navigate("claims/" + c.id(), ClaimView.class);
        test(view.editButton).click();
        test(view.form.claimantDescription).setValue("union leader");
        // someone edits the words, then the page redraws (as after adding a source or a comment)
        corrections.edit(c.id(), c.version(), new ClaimEdit("their words", c.claimant(), c.claimantDescription(), c.type()));
        view.reload();
        assertThat(view.form.claimantDescription.getValue()).isEqualTo("union leader");
        assertThat(view.form.text.getValue()).isEqualTo("their words");
        test(view.form.save).click();
        assertThat(claims.get(c.id()).text()).isEqualTo("their words");
        assertThat(claims.get(c.id()).claimantDescription()).isEqualTo("union leader");
    }

    @Test
    void a_choice_not_made_yet_stays_open_when_another_change_arrives() {
        ClaimDetails c = aClaim();
        ClaimView view = navigate("claims/" + c.id(), ClaimView.class);
        test(view.editButton).click();
        test(view.form.claimant).setValue("Mine");
        ClaimDetails theirs = corrections.edit(c.id(), c.version(),
                new ClaimEdit(c.text(), "Theirs", c.claimantDescription(), c.type()));
        test(view.form.save).click();
        test(view.form.reload).click();
        assertThat(view.form.conflicts.getElement().getTextRecursively()).contains("Claimant");

        // before I choose, they change another field; the page refreshes
        corrections.edit(c.id(), theirs.version(), new ClaimEdit(c.text(), "Theirs", "their description", c.type()));
        view.reload();

        assertThat(view.form.claimantDescription.getValue()).isEqualTo("their description");
        assertThat(view.form.conflicts.getElement().getTextRecursively()).contains("Claimant").contains("Mine");
        test(view.form.save).click();
        assertThat(claims.get(c.id()).claimant()).as("nothing saved until I choose").isEqualTo("Theirs");
        choose(view.form.conflicts, "mine");
        test(view.form.save).click();
        assertThat(claims.get(c.id()).claimant()).isEqualTo("Mine");
        assertThat(claims.get(c.id()).claimantDescription()).isEqualTo("their description");
    }

    @SuppressWarnings("unchecked")
    private void choose(com.vaadin.flow.component.Component conflicts, String choice) {
        find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, conflicts).all()
                .forEach(g -> ((com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) g).setValue(choice));
    }
}
