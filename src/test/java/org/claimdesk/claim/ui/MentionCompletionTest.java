package org.claimdesk.claim.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.security.PersonName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Typing @ and the start of a name in the comment box offers the people who may open the claim. */
@ClaimDeskSpringTest
@WithMockUser(username = "checker", roles = "FACT_CHECKER")
class MentionCompletionTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimDiscussion discussion;

    @Test
    void typing_an_at_sign_offers_team_members_and_choosing_one_completes_the_name() {
        ClaimDetails c = TestArticles.hectaresClaim(articles, "Mention");
        AsUser.signIn("checker", "FACT_CHECKER");
        navigate("claims/" + c.id(), ClaimView.class);
        DiscussionPanel panel = find(DiscussionPanel.class).single();

        test(panel.body).setValue("Can you look at the survey, @che");
        List<String> offered = panel.suggestions.getChildren().map(b -> ((Button) b).getText()).toList();
        assertThat(offered).anyMatch(t -> t.startsWith("@checker2")).anyMatch(t -> t.startsWith("@checker "))
                .noneMatch(t -> t.startsWith("@metro"));

        Button checker2 = (Button) panel.suggestions.getChildren()
                .filter(b -> ((Button) b).getText().startsWith("@checker2")).findFirst().orElseThrow();
        test(checker2).click();
        assertThat(panel.body.getValue()).isEqualTo("Can you look at the survey, @checker2 ");
        assertThat(panel.suggestions.isVisible()).isFalse();
    }

    @Test
    void text_without_a_mention_being_typed_offers_nobody() {
        ClaimDetails c = TestArticles.hectaresClaim(articles, "No mention");
        AsUser.signIn("checker", "FACT_CHECKER");
        navigate("claims/" + c.id(), ClaimView.class);
        DiscussionPanel panel = find(DiscussionPanel.class).single();

        test(panel.body).setValue("Mail me at desk@example.org");
        assertThat(panel.suggestions.isVisible()).isFalse();
        test(panel.body).setValue("@checker2 done, thanks");
        assertThat(panel.suggestions.isVisible()).isFalse();
    }

    @Test
    void a_mention_never_offers_someone_of_another_desk() {
        ClaimDetails c = TestArticles.hectaresClaim(articles, "Mention desk");
        AsUser.signIn("checker", "FACT_CHECKER");
        assertThat(discussion.mentionable(c.id(), "")).extracting(PersonName::username)
                .contains("checker", "checker2", "editor", "admin").doesNotContain("metro");
        assertThat(discussion.mentionable(c.id(), "met")).isEmpty();
    }
}
