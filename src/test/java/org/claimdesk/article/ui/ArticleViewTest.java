package org.claimdesk.article.ui;

import org.claimdesk.ClaimDeskSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ui.StatusBadge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ArticleViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    @Test
    void every_claim_span_is_highlighted_and_selecting_a_claim_marks_it() {
        ArticleDetails a = articles.importArticle(new ArticleImport("Highlight test", null, null, null,
                TestArticles.story(TestArticles.uniqueTag())));
        ArticleView view = navigate("articles/" + a.id(), ArticleView.class);

        assertThat(a.claims()).isNotEmpty();
        for (ClaimDetails c : a.claims()) {
            Span span = view.text.spanOf(c.id());
            assertThat(span).as("span of claim %s", c.id()).isNotNull();
            assertThat(span.getText()).isEqualTo(a.text().substring(c.start(), c.end()));
        }
        ClaimDetails second = a.claims().get(a.claims().size() - 1);
        test(view.claims).select(a.claims().size() - 1);
        assertThat(view.text.markedSpan()).isSameAs(view.text.spanOf(second.id()));
        assertThat(view.text.markedSpan().hasClassName("marked")).isTrue();
    }

    @Test
    void each_claim_row_shows_its_status_as_a_badge_in_words() {
        ArticleDetails a = articles.importArticle(new ArticleImport("Badge test", null, null, null,
                TestArticles.story(TestArticles.uniqueTag())));
        ArticleView view = navigate("articles/" + a.id(), ArticleView.class);

        var cell = test(view.claims).getCellComponent(0, "status");
        StatusBadge badge = (StatusBadge) cell.getChildren()
                .flatMap(com.vaadin.flow.component.Component::getChildren)
                .filter(StatusBadge.class::isInstance).findFirst().orElseThrow();
        assertThat(badge.getText()).isEqualTo("Unreviewed");
        assertThat(badge.getClassNames()).contains("status-badge", "status-unreviewed");
    }

    @Test
    void markup_in_an_article_is_shown_as_text_never_rendered_as_html() {
        String tag = TestArticles.uniqueTag();
        String text = "<img src=x onerror=alert(1)> Script test " + tag
                + "\n\nThe mayor said the <b>budget</b> would rise by 4 percent.";
        ArticleDetails a = articles.importArticle(new ArticleImport("Markup " + tag, null, null, null, text));
        ArticleView view = navigate("articles/" + a.id(), ArticleView.class);

        String html = view.text.getElement().getOuterHTML();
        assertThat(html).doesNotContain("<img").doesNotContain("<b>");
        assertThat(html).contains("&lt;img");
        assertThat(view.text.getElement().getTextRecursively()).isEqualTo(a.text());
    }

    @Test
    void a_fact_checker_sees_no_delete_article_button() {
        ArticleDetails a = articles.importArticle(new ArticleImport("No delete", null, null, null,
                TestArticles.story(TestArticles.uniqueTag())));
        ArticleView view = navigate("articles/" + a.id(), ArticleView.class);
        assertThat(view.header.deleteArticle.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_deletes_an_article_after_confirming() {
        ArticleDetails a = articles.importArticle(new ArticleImport("To delete", null, null, null,
                TestArticles.story(TestArticles.uniqueTag())));
        ArticleView view = navigate("articles/" + a.id(), ArticleView.class);
        test(view.header.deleteArticle).click();
        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(ArticlesView.class);
        assertThat(articles.list("To delete", 0, 10, null, true).getContent()).noneMatch(x -> x.id() == a.id());
    }

    @Test
    void an_unknown_article_shows_the_not_found_page() {
        navigate("articles/424242424", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ArticleView.class);
    }
}
