package org.claimdesk.claim.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.CountCap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The claims list says how many claims match, and "N+ — refine the search" when counting stopped at the cap. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ClaimsCountTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ApplicationContext context;

    private ArticleDetails articleTitled(String word) {
        return articles.importArticle(new ArticleImport("Count " + word, null, null, null,
                TestArticles.story(TestArticles.uniqueTag())));
    }

    @Test
    void the_list_says_how_many_claims_match() {
        String word = "qzcount" + TestArticles.uniqueTag().replaceAll("[0-9]", "x");
        ArticleDetails a = articleTitled(word);
        ClaimsView view = navigate(ClaimsView.class);

        test(view.search).setValue(word);

        assertThat(test(view.grid).size()).isEqualTo(a.claims().size());
        assertThat(view.total.getText()).isEqualTo(a.claims().size() + " claims");
    }

    @Test
    void over_the_cap_the_list_says_at_least_and_asks_for_a_narrower_search() {
        String word = "qzcap" + TestArticles.uniqueTag().replaceAll("[0-9]", "x");
        ArticleDetails a = articleTitled(word);
        assertThat(a.claims().size()).isGreaterThan(2);
        ClaimsView view = navigate(ClaimsView.class);

        try (CountCap ignored = CountCap.lowered(context, 2)) {
            test(view.search).setValue(word);

            // the grid counts when it is about to answer the browser: ask it for its size first
            assertThat(test(view.grid).size()).as("the grid scrolls no further than the cap").isEqualTo(2);
            assertThat(view.total.getText()).isEqualTo("2+ claims — refine the search");
        }
    }
}
