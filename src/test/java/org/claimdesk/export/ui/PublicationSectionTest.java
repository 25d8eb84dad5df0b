package org.claimdesk.export.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ui.ArticleView;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.export.ExportFixture;
import org.claimdesk.export.PublicationState;
import org.claimdesk.export.PublishingService;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor publishes a verified claim from its page and all verified claims from the article page. */
@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class PublicationSectionTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    ClaimCorrections corrections;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    PublishingService publishing;

    @Test
    void an_editor_publishes_a_verified_claim_from_its_page_with_a_short_form_and_sees_its_address() {
        ExportFixture fixture = new ExportFixture(articles, claims, corrections, evidence, verdicts);
        ArticleDetails a = fixture.importAs("checker", "Page publish");
        ClaimDetails c = fixture.claimsOf(a).getFirst();
        ClaimDetails unverified = fixture.claimsOf(a).get(1);
        fixture.verify(c.id(), "checker", "editor");
        AsUser.signIn("editor", Role.EDITOR_NAME);

        navigate("claims/" + unverified.id(), ClaimView.class);
        assertThat(find(PublicationSection.class).all()).as("nothing to publish yet: the section is hidden").isEmpty();

        navigate("claims/" + c.id(), ClaimView.class);
        PublicationSection section = find(PublicationSection.class).single();
        assertThat(section.state.getText()).isEqualTo("Not published");
        test(section.claimReviewed).setValue("Reservoir at 41 percent");
        test(section.publish).click();

        PublicationSection after = find(PublicationSection.class).single();
        assertThat(after.state.getText()).isEqualTo("Published");
        assertThat(after.link.getHref()).endsWith("/fact-checks/" + c.id() + "-reservoir-at-41-percent");
        assertThat(publishing.of(c.id())).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(PublicationState.PUBLISHED));

        test(after.unpublish).click();
        assertThat(find(PublicationSection.class).single().state.getText()).startsWith("Unpublished");
    }

    @Test
    void the_article_page_publishes_every_verified_claim_and_lists_the_results() {
        ExportFixture fixture = new ExportFixture(articles, claims, corrections, evidence, verdicts);
        ArticleDetails a = fixture.importAs("checker", "Article publish");
        ClaimDetails c = fixture.claimsOf(a).getFirst();
        fixture.verify(c.id(), "checker", "editor");
        AsUser.signIn("editor", Role.EDITOR_NAME);

        navigate("articles/" + a.id(), ArticleView.class);
        test(find(com.vaadin.flow.component.button.Button.class).withId("article-publish").single()).click();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("publish-results-summary").single()
                .getText()).isEqualTo("1 published, 0 not.");
        assertThat(publishing.of(c.id())).isPresent();
    }
}
