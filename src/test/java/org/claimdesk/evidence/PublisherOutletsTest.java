package org.claimdesk.evidence;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The publishers page's list: every outlet sources cite, unrated first, with how often each is cited. */
@ClaimDeskSpringTest
@WithMockUser(username = "editor", roles = "EDITOR")
class PublisherOutletsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    EvidenceService evidence;
    @Autowired
    PublisherRegister register;

    /** Cites two new outlets from a fresh claim: the first twice, the second once; returns their domains. */
    List<String> twoCitedOutlets() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Outlets " + tag, null, null, null, TestArticles.story(tag)));
        ClaimDetails claim = a.claims().getFirst();
        String first = "outlet-a-" + tag + ".example";
        String second = "outlet-b-" + tag + ".example";
        evidence.addSource(claim.id(), source("https://" + first + "/one"));
        evidence.addSource(claim.id(), source("https://www." + first + "/two"));
        evidence.addSource(claim.id(), source("https://" + second + "/three"));
        return List.of(first, second);
    }

    @Test
    void every_outlet_cited_in_sources_is_listed_unrated_first_with_its_count() {
        List<String> cited = twoCitedOutlets();
        String rated = "rated-" + TestArticles.uniqueTag() + ".example";
        register.rate(rated, "Rated Daily", Reliability.RELIABLE, null, -1);

        List<PublisherOutlet> outlets = register.outlets();
        PublisherOutlet first = of(outlets, cited.get(0));
        assertThat(first.reliability()).isEqualTo(Reliability.UNRATED);
        assertThat(first.sources()).isEqualTo(2);
        assertThat(first.publisher().version()).as("not in the register yet").isEqualTo(-1);
        assertThat(of(outlets, cited.get(1)).sources()).isEqualTo(1);
        assertThat(of(outlets, rated).sources()).as("rated, not cited").isZero();

        int lastUnrated = -1;
        int firstRated = outlets.size();
        for (int i = 0; i < outlets.size(); i++) {
            if (outlets.get(i).reliability() == Reliability.UNRATED) {
                lastUnrated = i;
            } else {
                firstRated = Math.min(firstRated, i);
            }
        }
        assertThat(lastUnrated).as("unrated outlets come before rated ones").isLessThan(firstRated);
        assertThat(outlets.indexOf(of(outlets, cited.get(0)))).isLessThan(outlets.indexOf(of(outlets, cited.get(1))));
    }

    @Test
    void rating_a_cited_outlet_moves_it_among_the_rated_and_keeps_its_count() {
        String domain = twoCitedOutlets().getFirst();
        register.rate(domain, "Outlet A", Reliability.MIXED, null, of(register.outlets(), domain).publisher().version());
        PublisherOutlet now = of(register.outlets(), domain);
        assertThat(now.reliability()).isEqualTo(Reliability.MIXED);
        assertThat(now.sources()).isEqualTo(2);
    }

    @Test
    void the_list_is_for_signed_in_staff_only() {
        TestSecurityContextHolder.clearContext();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> register.outlets()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        AsUser.signIn("editor", "EDITOR");
    }

    private static PublisherOutlet of(List<PublisherOutlet> outlets, String domain) {
        return outlets.stream().filter(o -> o.domain().equals(domain)).findFirst()
                .orElseThrow(() -> new AssertionError(domain + " is not listed"));
    }

    private static SourceInput source(String url) {
        return new SourceInput(url, "A report", null, null, null, null, Stance.CONTEXT, "the passage", null);
    }
}
