package org.claimdesk.it;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.it.pages.ClaimPage;
import org.claimdesk.it.pages.LoginPage;
import org.claimdesk.it.pages.MyQueuePage;
import org.claimdesk.review.AssignmentService;
import org.claimdesk.review.Priority;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer works "My queue" with real key presses in Chromium: j selects the first row and o opens its claim;
 * a j typed into the queue's filter field is text, not a shortcut; ? shows the shortcuts and Esc closes them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QueueFromTheKeyboardIT {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    AssignmentService assignments;

    @Test
    void j_then_o_opens_the_first_claim_of_my_queue_and_j_in_the_filter_is_just_a_letter() throws InterruptedException {
        String base = "http://localhost:" + port;
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        // "jumps": typing it into the filter keeps these rows, so a j taken as a shortcut would select one
        List<ClaimDetails> cs = articles.importArticle(new ArticleImport("Keyboard jumps " + tag, null, null, null,
                TestArticles.story(tag))).claims();
        AsUser.signIn("editor", "EDITOR");
        assignments.assign(cs.get(0).id(), "checker2", LocalDate.now(), Priority.HIGH); // first row
        assignments.assign(cs.get(1).id(), "checker2", LocalDate.now().plusDays(1), Priority.NORMAL);
        SecurityContextHolder.clearContext();

        WebDriver driver = Browser.start();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        try {
            new LoginPage(driver).open(base).signInAs("checker2", "checker2");
            new MyQueuePage(driver).open(base);
            wait.until(d -> Boolean.TRUE.equals(js.executeScript("return window.__claimdeskShortcuts === true;")));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("Press ? for shortcuts");

            // typed into the filter, j is a letter of the filter (which leaves this article's two rows)
            var filter = driver.findElement(By.cssSelector("#my-queue-filter input"));
            filter.click();
            filter.sendKeys("jumps " + tag);
            Thread.sleep(1500); // the filter applies lazily, and a shortcut would need a round trip: give both time
            assertThat(filter.getAttribute("value")).isEqualTo("jumps " + tag);
            assertThat(selectedCount(js)).as("a j typed into a field selects nothing").isZero();
            assertThat(new MyQueuePage(driver).rows()).contains("Keyboard jumps " + tag);

            // outside any field, j selects the first row and o opens it
            js.executeScript("document.activeElement && document.activeElement.blur();");
            new Actions(driver).sendKeys("j").perform();
            wait.until(d -> selectedCount(js) == 1);
            new Actions(driver).sendKeys("o").perform();
            wait.until(ExpectedConditions.urlContains("/claims/" + cs.get(0).id()));
            assertThat(new ClaimPage(driver).claimHeading()).isEqualTo(cs.get(0).text());

            // ? lists the shortcuts; Esc closes the list
            new Actions(driver).sendKeys("?").perform();
            wait.until(d -> d.findElements(By.id("shortcut-help")).stream().anyMatch(e -> "true".equals(
                    String.valueOf(js.executeScript("return arguments[0].opened;", e)))));
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> d.findElements(By.id("shortcut-help")).isEmpty() || d.findElements(By.id("shortcut-help"))
                    .stream().noneMatch(e -> Boolean.TRUE.equals(js.executeScript("return arguments[0].opened;", e))));
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(driver, "failure-queue-keyboard");
            throw e;
        } finally {
            driver.quit();
            SecurityContextHolder.clearContext();
        }
    }

    private static long selectedCount(JavascriptExecutor js) {
        return (Long) js.executeScript("const g = document.getElementById('my-queue');"
                + " return g && g.selectedItems ? g.selectedItems.length : 0;");
    }
}
