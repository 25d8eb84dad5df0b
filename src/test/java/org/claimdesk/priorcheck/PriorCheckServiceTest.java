package org.claimdesk.priorcheck;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.shared.ConflictException;
import org.claimdesk.shared.InputRejectedException;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimdesk.priorcheck.ClaimReviews.review;

/** Importing prior checks (all or nothing, duplicates skipped), the finder's suggestions both ways, and links. */
@ClaimDeskSpringTest
class PriorCheckServiceTest {

    @Autowired
    PriorCheckService priorChecks;
    @Autowired
    PriorCheckLinks links;
    @Autowired
    ArticleService articles;

    private String tag;

    @BeforeEach
    void signIn() {
        AsUser.signIn("checker", "FACT_CHECKER");
        tag = TestArticles.uniqueTag();
    }

    private String url(int n) {
        return "https://checkdesk.example.org/" + tag + "/" + n;
    }

    private long total() {
        return priorChecks.search(null, 0, 1).getTotalElements();
    }

    private List<PriorCheckDetails> withTag() {
        return priorChecks.search(tag, 0, 100).getContent();
    }

    @Test
    void a_single_review_an_array_a_graph_and_a_page_are_all_imported() {
        priorChecks.importChecks(review(url(1), "Single " + tag), null);
        priorChecks.importChecks("[" + review(url(2), "Array one " + tag) + "," + review(url(3), "Array two " + tag) + "]", null);
        priorChecks.importChecks("{\"@graph\": [" + review(url(4), "Graph " + tag) + "]}", null);
        ImportResult page = priorChecks.importChecks("<html><head><script type=\"application/ld+json\">"
                + review(url(5), "Page one " + tag) + "</script></head><body><script type=\"application/ld+json\">"
                + review(url(6), "Page two " + tag) + "</script></body></html>", null);

        assertThat(page.imported()).hasSize(2);
        assertThat(withTag()).extracting(PriorCheckDetails::reviewUrl)
                .containsExactlyInAnyOrder(url(1), url(2), url(3), url(4), url(5), url(6));
        PriorCheckDetails single = withTag().stream().filter(p -> p.reviewUrl().equals(url(1))).findFirst().orElseThrow();
        assertThat(single.importedBy()).isEqualTo("checker");
        assertThat(single.verdictLine()).isEqualTo("Check Desk Europe: Mostly true");
    }

    @Test
    void malformed_input_is_refused_and_stores_nothing() {
        long before = total();

        assertThatThrownBy(() -> priorChecks.importChecks("{\"@type\": \"ClaimReview\", ", null))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> priorChecks.importChecks("{\"@type\": \"Article\"}", null))
                .hasMessageContaining("No ClaimReview found");
        assertThatThrownBy(() -> priorChecks.importChecks("[" + review(url(1), "First " + tag) + ","
                + review(url(2), null) + "," + review(url(3), "Third " + tag) + "]", null))
                .hasMessageStartingWith("ClaimReview 2 of 3 (" + url(2) + "): \"claimReviewed\" is missing");
        assertThatThrownBy(() -> priorChecks.importChecks(review("javascript:alert(1)", "Script " + tag), null))
                .hasMessageContaining("Only http:// and https:// links");

        assertThat(total()).isEqualTo(before);
        assertThat(withTag()).isEmpty();
    }

    @Test
    void a_fact_check_imported_before_is_skipped_and_reported() {
        priorChecks.importChecks(review(url(1), "Once " + tag), null);

        ImportResult again = priorChecks.importChecks("[" + review(url(1), "Once " + tag) + ","
                + review(url(2), "New " + tag) + "," + review(url(2), "New " + tag) + "]", null);

        assertThat(again.imported()).extracting(PriorCheckDetails::reviewUrl).containsExactly(url(2));
        assertThat(again.skippedDuplicates()).containsExactly(url(1), url(2));
        assertThat(withTag()).hasSize(2);
    }

    @Test
    void importing_a_prior_check_suggests_it_for_the_teams_matching_claim() {
        ClaimDetails claim = KoreaStory.importClaim(articles);

        ImportResult result = priorChecks.importChecks(review(url(1), KoreaStory.CHECKED), null);

        assertThat(result.suggestedLinks()).isPositive();
        assertThat(links.linksOf(claim.id())).anySatisfy(l -> {
            assertThat(l.priorCheck().reviewUrl()).isEqualTo(url(1));
            assertThat(l.status()).isEqualTo(LinkStatus.SUGGESTED);
            assertThat(l.reason()).contains("wording");
        });
    }

    @Test
    void importing_an_article_suggests_the_teams_prior_check_of_the_same_claim() {
        priorChecks.importChecks(review(url(1), KoreaStory.CHECKED), null);

        ClaimDetails claim = KoreaStory.importClaim(articles);

        assertThat(links.linksOf(claim.id())).anySatisfy(l -> {
            assertThat(l.priorCheck().reviewUrl()).isEqualTo(url(1));
            assertThat(l.status()).isEqualTo(LinkStatus.SUGGESTED);
        });
    }

    @Test
    void a_prior_check_about_something_else_is_not_suggested() {
        ClaimDetails claim = TestArticles.hectaresClaim(articles, "Unrelated");

        priorChecks.importChecks(review(url(1), KoreaStory.CHECKED), null);

        // other tests' checks of the hectares claim may be suggested for it: this one must not be
        assertThat(links.linksOf(claim.id())).noneSatisfy(l -> assertThat(l.priorCheck().reviewUrl()).isEqualTo(url(1)));
    }

    @Test
    void a_reviewer_links_accepts_and_dismisses() {
        ClaimDetails claim = TestArticles.hectaresClaim(articles, "Links");
        ImportResult imported = priorChecks.importChecks("[" + review(url(1), "Crops may fail " + tag) + ","
                + review(url(2), "Reservoir " + tag) + "]", null);
        long first = imported.imported().get(0).id();
        long second = imported.imported().get(1).id();

        PriorCheckLink linked = links.link(claim.id(), first);
        assertThat(linked.status()).isEqualTo(LinkStatus.ACCEPTED);
        assertThat(linked.linkedBy()).isEqualTo("checker");
        assertThatThrownBy(() -> links.link(claim.id(), first)).isInstanceOf(ConflictException.class);

        PriorCheckLink other = links.link(claim.id(), second);
        PriorCheckLink dismissed = links.decide(claim.id(), other.id(), false);
        assertThat(dismissed.status()).isEqualTo(LinkStatus.DISMISSED);
        assertThatThrownBy(() -> links.decide(claim.id(), other.id(), false)).isInstanceOf(ConflictException.class);
        assertThat(links.decide(claim.id(), other.id(), true).status()).isEqualTo(LinkStatus.ACCEPTED);
        // other tests' checks of the hectares claim may be suggested for it too: only these two are looked at
        assertThat(links.linksOf(claim.id())).extracting(l -> l.priorCheck().id()).filteredOn(id -> id == first || id == second)
                .containsExactly(first, second);
    }

    @Test
    void another_teams_claim_and_prior_check_are_not_found() {
        ClaimDetails politicsClaim = TestArticles.hectaresClaim(articles, "Politics");
        long politicsCheck = priorChecks.importChecks(review(url(1), "Politics check " + tag), null).imported()
                .getFirst().id();
        long politicsLink = links.link(politicsClaim.id(), politicsCheck).id();

        AsUser.signIn("metro", "FACT_CHECKER");
        ClaimDetails metroClaim = TestArticles.hectaresClaim(articles, "Metro");

        assertThatThrownBy(() -> priorChecks.get(politicsCheck)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.linksOf(politicsClaim.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.link(politicsClaim.id(), politicsCheck)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.link(metroClaim.id(), politicsCheck)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.decide(politicsClaim.id(), politicsLink, false)).isInstanceOf(NotFoundException.class);
        assertThat(withTag()).isEmpty();
    }
}
