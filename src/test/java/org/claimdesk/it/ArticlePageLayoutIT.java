package org.claimdesk.it;

import org.claimdesk.it.pages.ArticlePage;
import org.claimdesk.it.pages.ArticleToolsPage;
import org.claimdesk.it.pages.ArticlesPage;
import org.claimdesk.it.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article page in a real Chromium at 1440 px: the editor's tool row stays one row, and picking a claim in the
 * text scrolls the claims list to it and back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArticlePageLayoutIT {

    @LocalServerPort
    int port;

    /** Enough sourced claims, one per paragraph, that neither the text nor the list shows them all. */
    private static String longStory(String tag) {
        return "Council budget tag " + tag + "\n\n" + IntStream.rangeClosed(1, 30)
                .mapToObj(i -> "Councillor Ada Member" + i + " said the levy for district " + i + " would rise by "
                        + (i + 2) + " percent next year, after a review of the roads and schools in the area.")
                .collect(Collectors.joining("\n\n"));
    }

    @Test
    void the_tools_fit_one_row_at_1440_px_and_text_and_list_scroll_to_the_picked_claim() {
        String base = "http://localhost:" + port;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        WebDriver driver = Browser.start();
        try {
            driver.manage().window().setSize(new Dimension(1440, 900));
            new LoginPage(driver).open(base).signInAs("editor", "editor");
            ArticlePage article = new ArticlesPage(driver).open(base).importByPaste("Levy " + tag, longStory(tag));
            assertThat(article.title()).isEqualTo("Levy " + tag);
            ArticleToolsPage page = new ArticleToolsPage(driver);
            Browser.screenshot(driver, "article-1440");

            assertThat(page.toolsInOneRow()).as("the tools share one row").isTrue();
            assertThat(page.toolsOverflow()).as("tools beyond the row's width").isFalse();

            // text → list: the last highlight's claim is far down the list
            List<WebElement> spans = page.highlights();
            assertThat(spans).hasSizeGreaterThanOrEqualTo(20);
            WebElement last = spans.getLast();
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", last);
            last.click();
            page.waitUntilRowShown(last.getText());

            // list → text: scroll the text back to the top, tick the last row: its highlight comes into view
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "document.querySelector('.text-pane').scrollTop = 0; arguments[0].click();", spans.getFirst());
            assertThat(page.highlightShown(last.getAttribute("id"))).isFalse();
            page.selectLastRow();
            page.waitUntilHighlightShown(last.getAttribute("id"));
            Browser.screenshot(driver, "article-scrolled");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(driver, "article-failure");
            throw e;
        } finally {
            driver.quit();
        }
    }
}
