package org.claimdesk.it;

import org.claimdesk.AsUser;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.it.pages.ClaimPage;
import org.claimdesk.it.pages.LoginPage;
import org.claimdesk.it.pages.MyQueuePage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers: an editor assigns a claim on its page, and the checker's open "My queue" shows it without a
 * reload (server push); the checker opens it from there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssignedWorkReachesTheQueueIT {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;

    @Test
    void a_claim_an_editor_assigns_appears_in_the_checkers_open_queue_without_a_reload() {
        String base = "http://localhost:" + port;
        AsUser.signIn("checker", "FACT_CHECKER");
        ClaimDetails claim = TestArticles.hectaresClaim(articles, "Queue live");
        SecurityContextHolder.clearContext();

        WebDriver editor = Browser.start();
        WebDriver checker = Browser.start();
        try {
            new LoginPage(editor).open(base).signInAs("editor", "editor");
            new LoginPage(checker).open(base).signInAs("checker", "checker");
            MyQueuePage queue = new MyQueuePage(checker).open(base);
            assertThat(queue.rows()).doesNotContain(claim.text());
            Object pageBefore = ((org.openqa.selenium.JavascriptExecutor) checker).executeScript(
                    "return window.__queuePageMark = Math.random();");

            ClaimPage editorsPage = new ClaimPage(editor).open(base, claim.id());
            long assignedAt = System.nanoTime(); // from the click: the editor's page confirms, the queue follows
            editorsPage.assignTo("checker");
            queue.waitForRowWith(claim.text(), 2 + 3); // the two seconds, and slack for a loaded CI machine
            System.out.println("assignment reached the open queue in " + (System.nanoTime() - assignedAt) / 1_000_000
                    + " ms");
            Object pageAfter = ((org.openqa.selenium.JavascriptExecutor) checker).executeScript(
                    "return window.__queuePageMark;");
            assertThat(pageAfter).as("the same page, not reloaded").isEqualTo(pageBefore);
            Browser.screenshot(checker, "07-queue-live");

            queue.openRowWith(claim.text());
            assertThat(new ClaimPage(checker).claimHeading()).isEqualTo(claim.text());
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(checker, "failure-queue-checker");
            Browser.screenshot(editor, "failure-queue-editor");
            throw e;
        } finally {
            editor.quit();
            checker.quit();
            SecurityContextHolder.clearContext();
        }
    }
}
