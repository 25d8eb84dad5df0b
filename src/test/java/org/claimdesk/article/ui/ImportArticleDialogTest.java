package org.claimdesk.article.ui;

import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ImportArticleDialogTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    private ImportArticleDialog openDialog() {
        ArticlesView view = navigate(ArticlesView.class);
        test(view.importButton).click();
        return find(ImportArticleDialog.class).single();
    }

    @Test
    void a_pasted_article_is_imported_and_the_user_lands_on_its_page() {
        String tag = TestArticles.uniqueTag();
        ImportArticleDialog dialog = openDialog();
        test(dialog.title).setValue("Reservoir " + tag);
        test(dialog.url).setValue("https://example.org/news/" + tag);
        test(dialog.publisher).setValue("Greenfield Gazette");
        test(dialog.text).setValue(TestArticles.story(tag));
        test(dialog.importButton).click();
        ImportRuns.finish(dialog);

        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);
        ArticleView page = (ArticleView) getCurrentView();
        assertThat(test(page.claims).size()).isGreaterThanOrEqualTo(2);
        assertThat(articles.list("Reservoir " + tag, 0, 10, null, true).getContent()).hasSize(1);
    }

    @Test
    void empty_text_is_refused_in_the_dialog_and_nothing_is_stored() {
        long before = articles.count(null);
        ImportArticleDialog dialog = openDialog();
        test(dialog.title).setValue("No text");
        test(dialog.importButton).click();
        ImportRuns.finish(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(articles.count(null)).isEqualTo(before);
    }

    @Test
    void a_javascript_link_is_refused_with_a_message_and_the_input_is_kept() {
        String text = TestArticles.story(TestArticles.uniqueTag());
        ImportArticleDialog dialog = openDialog();
        test(dialog.title).setValue("Script link");
        test(dialog.url).setValue("javascript:alert(document.cookie)");
        test(dialog.text).setValue(text);
        test(dialog.importButton).click();
        ImportRuns.finish(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.url.isInvalid()).isTrue();
        assertThat(dialog.url.getErrorMessage()).contains("http");
        assertThat(dialog.text.getValue()).isEqualTo(text);
        assertThat(articles.list("Script link", 0, 10, null, true).getContent()).isEmpty();
    }

    @Test
    void a_text_imported_before_is_reported_with_a_link_to_the_existing_article() {
        String tag = TestArticles.uniqueTag();
        String text = TestArticles.story(tag);
        ImportArticleDialog first = openDialog();
        test(first.title).setValue("First copy " + tag);
        test(first.text).setValue(text);
        test(first.importButton).click();
        ImportRuns.finish(first);
        long existingId = articles.list("First copy " + tag, 0, 10, null, true).getContent().getFirst().id();

        ImportArticleDialog second = openDialog();
        test(second.title).setValue("Second copy " + tag);
        test(second.text).setValue(text);
        test(second.importButton).click();
        ImportRuns.finish(second);

        assertThat(second.isOpened()).isTrue();
        assertThat(second.error.getText()).contains("already imported");
        assertThat(second.existingLink.isVisible()).isTrue();
        assertThat(second.existingLink.getHref()).isEqualTo("articles/" + existingId);
        assertThat(articles.list("Second copy " + tag, 0, 10, null, true).getContent()).isEmpty();
    }

    @Test
    void a_publication_date_before_1800_is_refused_in_the_dialog_with_what_is_wrong() {
        String tag = TestArticles.uniqueTag();
        ImportArticleDialog dialog = openDialog();
        test(dialog.title).setValue("Old news " + tag);
        // the tester refuses dates outside the picker's range; a user can still type one, which the server checks
        dialog.publishedAt.setValue(LocalDate.of(1799, 12, 31));
        test(dialog.text).setValue(TestArticles.story(tag));
        test(dialog.importButton).click();
        ImportRuns.finish(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.publishedAt.isInvalid()).isTrue();
        assertThat(dialog.publishedAt.getErrorMessage()).contains("1800").doesNotContain("future");
        assertThat(articles.list("Old news " + tag, 0, 10, null, true).getContent()).isEmpty();
    }

    @Test
    void a_publication_date_in_the_future_is_refused_in_the_dialog_as_in_the_future() {
        String tag = TestArticles.uniqueTag();
        ImportArticleDialog dialog = openDialog();
        test(dialog.title).setValue("Future news " + tag);
        dialog.publishedAt.setValue(LocalDate.now().plusDays(5));
        test(dialog.text).setValue(TestArticles.story(tag));
        test(dialog.importButton).click();
        ImportRuns.finish(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.publishedAt.isInvalid()).isTrue();
        assertThat(dialog.publishedAt.getErrorMessage()).contains("future");
        assertThat(articles.list("Future news " + tag, 0, 10, null, true).getContent()).isEmpty();
    }

    @Test
    void an_uploaded_text_file_fills_the_text_and_a_binary_file_is_refused() {
        ImportArticleDialog dialog = openDialog();
        String text = TestArticles.story(TestArticles.uniqueTag());
        test(dialog.upload).upload("story.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.text.getValue()).isEqualTo(text);

        test(dialog.upload).upload("photo.txt", "text/plain", new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 1, 2});
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).containsAnyOf("UTF-8", "binary");
        assertThat(dialog.text.getValue()).isEqualTo(text);
    }

    @Test
    void importing_a_duplicate_three_times_names_the_existing_article_once_with_one_link() {
        String tag = TestArticles.uniqueTag();
        String text = TestArticles.story(tag);
        ArticleDetails existing = articles.importArticle(new ArticleImport("Original " + tag, null, null, null, text));
        ImportArticleDialog dialog = openDialog();
        test(dialog.title).setValue("Copy " + tag);
        test(dialog.text).setValue(text);
        for (int i = 0; i < 3; i++) {
            test(dialog.importButton).click();
            ImportRuns.finish(dialog);
        }

        String shown = dialog.getElement().getTextRecursively();
        assertThat(dialog.error.getText()).isEqualTo("This text was already imported as \u201COriginal " + tag + "\u201D.");
        assertThat(occurrences(shown, "already imported")).isEqualTo(1);
        List<Anchor> links = dialog.getChildren().flatMap(ImportArticleDialogTest::descendantsAndSelf)
                .filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .filter(a -> a.isVisible() && ("articles/" + existing.id()).equals(a.getHref())).toList();
        assertThat(links).hasSize(1);
        assertThat(links.getFirst().getText()).contains("Original " + tag);
        assertThat(dialog.importButton.isEnabled()).isTrue();
        assertThat(articles.list("Copy " + tag, 0, 10, null, true).getContent()).isEmpty();
    }

    @Test
    void import_runs_in_the_background_with_progress_and_import_disabled_until_it_ends() {
        String tag = TestArticles.uniqueTag();
        ImportArticleDialog dialog = openDialog();
        test(dialog.title).setValue("Long read " + tag);
        test(dialog.text).setValue(TestArticles.story(tag) + "\n\n" + "The council met again on Friday. ".repeat(2_000));
        assertThat(dialog.working.isVisible()).isFalse();

        test(dialog.importButton).click();
        // the import's result reaches the UI only through UI.access, which this thread (holding the session) has
        // not run yet: the dialog shows the import under way
        assertThat(dialog.running).isNotNull();
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.working.isVisible()).isTrue();
        assertThat(dialog.progress.isIndeterminate()).isTrue();
        assertThat(dialog.progressText.getText()).isEqualTo("Importing\u2026");

        ImportRuns.finish(dialog);
        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);
        assertThat(dialog.working.isVisible()).isFalse();
        assertThat(dialog.importButton.isEnabled()).isTrue();
        assertThat(articles.list("Long read " + tag, 0, 10, null, true).getContent()).hasSize(1);
    }

    private static long occurrences(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendantsAndSelf(
            com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
                c.getChildren().flatMap(ImportArticleDialogTest::descendantsAndSelf));
    }
}
