package org.claimdesk.article.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog's team: set when the importer has one, to be chosen when they have several. */
@ClaimDeskSpringTest
class ImportTeamChoiceTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;

    private ImportArticleDialog openDialog() {
        ArticlesView view = navigate(ArticlesView.class);
        test(view.importButton).click();
        return find(ImportArticleDialog.class).single();
    }

    @Test
    @WithMockUser(username = "metro", roles = "FACT_CHECKER")
    void the_importers_only_team_is_preset() {
        ImportArticleDialog dialog = openDialog();
        assertThat(dialog.team.getValue().name()).isEqualTo("Metro desk");
        String tag = TestArticles.uniqueTag();
        test(dialog.title).setValue("Metro import " + tag);
        test(dialog.text).setValue(TestArticles.story(tag));
        test(dialog.importButton).click();
        ImportRuns.finish(dialog);
        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);
        assertThat(articles.list("Metro import " + tag, 0, 10, null, true).getContent()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_importer_in_several_teams_is_asked_to_choose_and_the_input_stays() {
        String tag = TestArticles.uniqueTag();
        ImportArticleDialog dialog = openDialog();
        assertThat(dialog.team.getValue()).isNull();
        test(dialog.title).setValue("Admin import " + tag);
        test(dialog.text).setValue(TestArticles.story(tag));
        test(dialog.importButton).click();
        ImportRuns.finish(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.team.isInvalid()).isTrue();
        assertThat(dialog.error.getText()).contains("choose a team");
        assertThat(dialog.text.getValue()).isEqualTo(TestArticles.story(tag));

        test(dialog.team).selectItem("Politics desk");
        test(dialog.importButton).click();
        ImportRuns.finish(dialog);
        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);
        assertThat(articles.list("Admin import " + tag, 0, 10, null, true).getContent()).hasSize(1);
    }
}
