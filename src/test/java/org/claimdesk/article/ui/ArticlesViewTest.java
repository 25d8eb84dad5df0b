package org.claimdesk.article.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ArticlesViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void articles_are_listed_with_their_claim_count_and_found_by_title() {
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Searchable " + tag, null, "Greenfield Gazette",
                LocalDate.of(2025, 5, 2), TestArticles.story(tag)));
        ArticlesView view = navigate(ArticlesView.class);
        test(view.search).setValue("searchable " + tag);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        ArticleSummary row = grid.getRow(0);
        assertThat(row.title()).isEqualTo("Searchable " + tag);
        assertThat(row.claimCount()).isEqualTo(a.claims().size());
        assertThat(row.importedBy()).isEqualTo("checker");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Greenfield Gazette");

        grid.clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);
    }

    /**
     * Defect 5: someone else imports the same text while this user's import is under way. Their import is held
     * open until ours is waiting on the database, so ours hits the unique content hash rather than the check
     * before it; the user must still see "already imported" with a link, not a generic error.
     */
    @Test
    void a_text_imported_by_someone_else_at_the_same_moment_is_reported_with_a_link_to_their_article()
            throws Exception {
        String tag = TestArticles.uniqueTag();
        String text = TestArticles.story(tag);
        ArticlesView view = navigate(ArticlesView.class);
        test(view.importButton).click();
        ImportArticleDialog dialog = find(ImportArticleDialog.class).single();
        test(dialog.title).setValue("Mine " + tag);
        test(dialog.text).setValue(text);

        CountDownLatch theirsInserted = new CountDownLatch(1);
        CompletableFuture<Long> theirs = CompletableFuture.supplyAsync(() -> currentUser.runAs("checker2",
                Role.FACT_CHECKER, () -> new TransactionTemplate(transactions).execute(status -> {
                    long id = articles.importArticle(new ArticleImport("Theirs " + tag, null, null, null, text)).id();
                    theirsInserted.countDown();
                    waitUntilAnImportWrites();
                    return id;
                })));
        assertThat(theirsInserted.await(60, TimeUnit.SECONDS)).isTrue();

        test(dialog.importButton).click();
        long theirId = theirs.get(60, TimeUnit.SECONDS);
        ImportRuns.finish(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.getText()).contains("already imported");
        assertThat(dialog.existingLink.isVisible()).isTrue();
        assertThat(dialog.existingLink.getHref()).isEqualTo("articles/" + theirId);
        assertThat(articles.list("Mine " + tag, 0, 10, null, true).getContent()).isEmpty();
    }

    /**
     * The import runs off the UI thread: while it waits (here on a row someone else is writing), the request that
     * clicked Import has returned, Import is disabled and the dialog says "Importing…"; when it ends, Import is
     * enabled again and the outcome is shown.
     */
    @Test
    void the_import_runs_off_the_ui_thread_and_the_dialog_shows_progress_until_it_ends() throws Exception {
        String tag = TestArticles.uniqueTag();
        String text = TestArticles.story(tag);
        ArticlesView view = navigate(ArticlesView.class);
        test(view.importButton).click();
        ImportArticleDialog dialog = find(ImportArticleDialog.class).single();
        test(dialog.title).setValue("Waiting " + tag);
        test(dialog.text).setValue(text);

        CountDownLatch theirsInserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> theirs = CompletableFuture.supplyAsync(() -> currentUser.runAs("checker2",
                Role.FACT_CHECKER, () -> new TransactionTemplate(transactions).execute(status -> {
                    long id = articles.importArticle(new ArticleImport("Held " + tag, null, null, null, text)).id();
                    theirsInserted.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return id;
                })));
        assertThat(theirsInserted.await(60, TimeUnit.SECONDS)).isTrue();

        test(dialog.importButton).click();
        try {
            assertThat(dialog.running).as("an import under way").isNotNull();
            assertThat(dialog.running.isDone()).as("the click returned before the import ended").isFalse();
            assertThat(dialog.importButton.isEnabled()).isFalse();
            assertThat(dialog.working.isVisible()).isTrue();
            assertThat(dialog.progressText.getText()).isEqualTo("Importing\u2026");
        } finally {
            release.countDown();
        }
        long theirId = theirs.get(60, TimeUnit.SECONDS);
        ImportRuns.finish(dialog);

        assertThat(dialog.working.isVisible()).isFalse();
        assertThat(dialog.importButton.isEnabled()).isTrue();
        assertThat(dialog.existingLink.getHref()).isEqualTo("articles/" + theirId);
    }

    /**
     * Returns once the dialog's import (in the background, on a thread ImportJobs names) is in a JDBC update, blocked
     * by the uncommitted row, or after ten seconds.
     */
    private static void waitUntilAnImportWrites() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            boolean writing = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey().getName().startsWith(ImportJobs.THREAD_PREFIX))
                    .anyMatch(e -> Arrays.stream(e.getValue()).anyMatch(frame ->
                            frame.getClassName().contains("PreparedStatement")
                                    && frame.getMethodName().startsWith("executeUpdate")));
            if (writing) {
                sleep(200); // it stays there until this transaction ends; give it a moment to settle into the wait
                return;
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
