package org.claimdesk.priorcheck.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.ClaimView;
import org.claimdesk.priorcheck.ClaimReviews;
import org.claimdesk.priorcheck.LinkStatus;
import org.claimdesk.priorcheck.PriorCheckLink;
import org.claimdesk.priorcheck.PriorCheckLinks;
import org.claimdesk.priorcheck.PriorCheckService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim page's prior-checks section, without a browser: suggested ones accepted or dismissed, one linked by words. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class PriorCheckSectionTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    PriorCheckService priorChecks;
    @Autowired
    PriorCheckLinks links;

    @Test
    void a_suggested_prior_check_is_accepted_and_another_dismissed_on_the_claim_page() {
        String tag = TestArticles.uniqueTag();
        String checked = "Farmers' union leader Pavel Dragan warned that some 2,500 hectares of crops could fail if "
                + "the dry spell lasted into June";
        // two outlets checked the hectares claim; imported before the article, they are suggested on its import
        priorChecks.importChecks("[" + ClaimReviews.review("https://one.example.org/" + tag, checked, "Pavel Dragan", "Plausible")
                + "," + ClaimReviews.review("https://two.example.org/" + tag, checked, "Pavel Dragan", "Unproven") + "]", null);
        ClaimDetails claim = TestArticles.hectaresClaim(articles, "Section");
        assertThat(links.linksOf(claim.id())).filteredOn(l -> l.priorCheck().reviewUrl().contains(tag))
                .extracting(PriorCheckLink::status).containsOnly(LinkStatus.SUGGESTED).hasSize(2);
        PriorCheckLink one = links.linksOf(claim.id()).stream()
                .filter(l -> l.priorCheck().reviewUrl().equals("https://one.example.org/" + tag)).findFirst().orElseThrow();
        PriorCheckLink two = links.linksOf(claim.id()).stream()
                .filter(l -> l.priorCheck().reviewUrl().equals("https://two.example.org/" + tag)).findFirst().orElseThrow();

        navigate("claims/" + claim.id(), ClaimView.class);
        PriorCheckSection section = find(PriorCheckSection.class).single();
        assertThat(section.list.getElement().getTextRecursively())
                .contains("Suggested: already checked by Check Desk Europe: Plausible");

        test(find(Button.class).withId("prior-check-accept-" + one.id()).single()).click();
        test(find(Button.class).withId("prior-check-dismiss-" + two.id()).single()).click();

        section = find(PriorCheckSection.class).single();
        String shown = section.list.getElement().getTextRecursively();
        assertThat(shown).contains("Already checked by Check Desk Europe: Plausible").doesNotContain("Unproven");
        assertThat(find(Button.class).withId("prior-check-accept-" + one.id()).all()).isEmpty();
        assertThat(links.linksOf(claim.id())).filteredOn(l -> l.id() == two.id())
                .extracting(PriorCheckLink::status).containsExactly(LinkStatus.DISMISSED);
    }

    @Test
    void a_prior_check_found_by_words_is_linked_from_the_claim_page() {
        String tag = TestArticles.uniqueTag();
        long checkId = priorChecks.importChecks(ClaimReviews.review("https://three.example.org/" + tag,
                "Reservoir levels " + tag), null).imported().getFirst().id();
        ClaimDetails claim = TestArticles.hectaresClaim(articles, "Search");

        navigate("claims/" + claim.id(), ClaimView.class);
        PriorCheckSection section = find(PriorCheckSection.class).single();
        test(section.search).setValue(tag);
        test(section.find).click();
        test(find(Button.class).withId("prior-check-link-to-" + checkId).single()).click();

        assertThat(find(PriorCheckSection.class).single().list.getElement().getTextRecursively())
                .contains("Already checked by Check Desk Europe: Mostly true").contains("Reservoir levels " + tag);
        // the other test's hectares checks may be suggested here too: only this one was linked by hand
        assertThat(links.linksOf(claim.id())).filteredOn(l -> l.priorCheck().id() == checkId)
                .singleElement().satisfies(l -> assertThat(l.status()).isEqualTo(LinkStatus.ACCEPTED));
    }
}
