package org.claimdesk.article.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class ArticlesViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

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
}
