package org.claimdesk.article.ui;

import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
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
        long existingId = articles.list("First copy " + tag, 0, 10, null, true).getContent().getFirst().id();

        ImportArticleDialog second = openDialog();
        test(second.title).setValue("Second copy " + tag);
        test(second.text).setValue(text);
        test(second.importButton).click();

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
}
