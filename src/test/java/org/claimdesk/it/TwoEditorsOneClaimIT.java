package org.claimdesk.it;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
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
 * Two fact-checkers in two browsers correct the same claim: the first save wins, the second gets a message
 * naming who changed it, with their own text still in the form. Nothing is silently overwritten.
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
    void the_second_save_of_the_same_claim_is_refused_with_the_input_kept() {
        String base = "http://localhost:" + port;
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        ArticleDetails article = articles.importArticle(new ArticleImport("Two editors " + tag, null, null, null,
                TestArticles.story(tag)));
        ClaimDetails claim = article.claims().stream().filter(c -> c.text().contains("hectares")).findFirst().orElseThrow();

        WebDriver first = Browser.start();
        WebDriver second = Browser.start();
        try {
            new LoginPage(first).open(base).signInAs("checker", "checker");
            new LoginPage(second).open(base).signInAs("checker2", "checker2");
            ClaimPage a = new ClaimPage(first).open(base, claim.id()).startCorrection();
            ClaimPage b = new ClaimPage(second).open(base, claim.id()).startCorrection();

            a.typeClaimText("Crops on some 2,500 hectares could fail (first editor)").save();
            a.waitForHeading("Crops on some 2,500 hectares could fail (first editor)");

            b.typeClaimText("Up to 2,500 hectares of crops could fail (second editor)").save();
            String message = b.conflictMessage();
            Browser.screenshot(second, "04-conflict");
            assertThat(message).contains("checker").contains("changed this claim");
            assertThat(b.typedClaimText()).isEqualTo("Up to 2,500 hectares of crops could fail (second editor)");
            assertThat(claims.get(claim.id()).text()).isEqualTo("Crops on some 2,500 hectares could fail (first editor)");

            // reload: both changed the words, so both versions are shown side by side; the second keeps theirs
            String choices = b.reloadKeepingMyInput().conflictChoices();
            assertThat(choices).contains("(first editor)").contains("(second editor)");
            Browser.screenshot(second, "05-conflict-choices");
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
