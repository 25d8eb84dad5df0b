package org.claimdesk.it;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimCorrections;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEdit;
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
 * Two people have one claim open: each page names the other, and a change someone commits appears on the open
 * page without a reload (server push), with the typed input left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveUpdatesIT {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimCorrections corrections;

    @Test
    void a_change_by_someone_else_appears_on_an_open_claim_page_without_a_reload() {
        String base = "http://localhost:" + port;
        AsUser.signIn("checker", "FACT_CHECKER");
        ClaimDetails claim = TestArticles.hectaresClaim(articles, "Live page");

        WebDriver first = Browser.start();
        WebDriver second = Browser.start();
        try {
            new LoginPage(first).open(base).signInAs("checker", "checker");
            new LoginPage(second).open(base).signInAs("checker2", "checker2");
            ClaimPage a = new ClaimPage(first).open(base, claim.id());
            new ClaimPage(second).open(base, claim.id());
            assertThat(a.presence("checker2")).contains("Also open by checker2");

            AsUser.signIn("editor", "EDITOR");
            long changedAt = System.nanoTime();
            corrections.edit(claim.id(), claim.version(),
                    new ClaimEdit("Crops on 2,500 hectares could fail (changed live)", claim.claimant(), null, claim.type()));
            a.waitForHeading("Crops on 2,500 hectares could fail (changed live)");
            long millis = (System.nanoTime() - changedAt) / 1_000_000;
            System.out.println("live update reached the open page in " + millis + " ms");
            Browser.screenshot(first, "06-live-update");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(first, "failure-live-first");
            throw e;
        } finally {
            first.quit();
            second.quit();
            SecurityContextHolder.clearContext();
        }
    }
}
