package org.claimdesk.it;

import org.claimdesk.TestArticles;
import org.claimdesk.it.pages.ArticlePage;
import org.claimdesk.it.pages.ArticlesPage;
import org.claimdesk.it.pages.ClaimsPage;
import org.claimdesk.it.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A fact-checker in a real Chromium: sign in, paste an article, see its claims on its page and in the grid. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportAndReviewClaimsIT {

    @LocalServerPort
    int port;

    @Test
    void a_checker_imports_an_article_by_paste_and_sees_its_claims() {
        String base = "http://localhost:" + port;
        String tag = TestArticles.uniqueTag();
        WebDriver driver = Browser.start();
        try {
            LoginPage login = new LoginPage(driver).open(base);
            assertThat(login.demoAccountsText()).contains("checker / checker");
            Browser.screenshot(driver, "01-login");
            login.signInAs("checker", "checker");

            ArticlePage article = new ArticlesPage(driver).open(base)
                    .importByPaste("Reservoir " + tag, TestArticles.story(tag));
            assertThat(article.title()).isEqualTo("Reservoir " + tag);
            assertThat(article.highlightedSpans()).hasSizeGreaterThanOrEqualTo(2)
                    .anySatisfy(s -> assertThat(s).contains("2,500 hectares"));
            assertThat(article.claimsListText()).contains("Pavel Dragan");
            Browser.screenshot(driver, "02-article");

            ClaimsPage claims = new ClaimsPage(driver).open(base);
            assertThat(claims.gridTextContaining("Pavel Dragan")).contains("Reservoir " + tag);
            claims.search("11,000");
            assertThat(claims.gridTextContaining("11,000")).contains("Zelenskyy");
            claims.search("hectares");
            assertThat(claims.gridTextContaining("Reservoir " + tag)).contains("Pavel Dragan");
            Browser.screenshot(driver, "03-claims");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(driver, "failure");
            throw e;
        } finally {
            driver.quit();
        }
    }
}
