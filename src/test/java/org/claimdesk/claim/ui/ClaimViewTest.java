package org.claimdesk.claim.ui;

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
        assertThat(view.timeline.getElement().getTextRecursively()).contains("extracted");
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
        assertThat(view.timeline.getElement().getTextRecursively()).contains("farmers' union leader");
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

        // reload their version under my input, then apply mine again
        test(view.form.reload).click();
        assertThat(view.getElement().getTextRecursively()).contains("their version");
        assertThat(view.form.text.getValue()).isEqualTo("my version");
        test(view.form.save).click();
        assertThat(claims.get(c.id()).text()).isEqualTo("my version");
    }
}
