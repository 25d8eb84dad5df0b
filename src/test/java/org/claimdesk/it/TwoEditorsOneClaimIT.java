package org.claimdesk.it;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.it.pages.ClaimPage;
import org.claimdesk.it.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two fact-checkers in two browsers correct the same claim. The first save wins; the second editor's page learns
 * of it at once (server push), keeps their typing and shows both versions of the field they both changed, for
 * them to choose. Nothing is silently overwritten. (A save made on a stale version without the push is refused
 * naming who changed the claim: ClaimViewTest covers that path.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TwoEditorsOneClaimIT {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    @Test
    void the_second_editor_sees_the_first_ones_change_at_once_and_chooses_with_the_input_kept() {
        String base = "http://localhost:" + port;
        AsUser.signIn("checker", "FACT_CHECKER");
        ClaimDetails claim = TestArticles.hectaresClaim(articles, "Two editors");

        WebDriver first = Browser.start();
        WebDriver second = Browser.start();
        try {
            new LoginPage(first).open(base).signInAs("checker", "checker");
            new LoginPage(second).open(base).signInAs("checker2", "checker2");
            ClaimPage a = new ClaimPage(first).open(base, claim.id()).startCorrection();
            ClaimPage b = new ClaimPage(second).open(base, claim.id()).startCorrection();

            // the second editor is typing when the first one saves
            b.typeClaimText("Up to 2,500 hectares of crops could fail (second editor)");
            a.typeClaimText("Crops on some 2,500 hectares could fail (first editor)").save();
            a.waitForHeading("Crops on some 2,500 hectares could fail (first editor)");

            // the change reaches the second page by push: both versions side by side, the typing kept
            String choices = b.conflictChoices();
            Browser.screenshot(second, "04-conflict-choices");
            assertThat(choices).contains("(first editor)").contains("(second editor)");
            assertThat(b.conflictMessage()).contains("You both changed");
            assertThat(b.typedClaimText()).isEqualTo("Up to 2,500 hectares of crops could fail (second editor)");
            assertThat(claims.get(claim.id()).text()).isEqualTo("Crops on some 2,500 hectares could fail (first editor)");

            b.keepMine().save();
            b.waitForHeading("Up to 2,500 hectares of crops could fail (second editor)");
            assertThat(claims.get(claim.id()).text()).isEqualTo("Up to 2,500 hectares of crops could fail (second editor)");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(first, "failure-first");
            Browser.screenshot(second, "failure-second");
            throw e;
        } finally {
            first.quit();
            second.quit();
            SecurityContextHolder.clearContext();
        }
    }
}
