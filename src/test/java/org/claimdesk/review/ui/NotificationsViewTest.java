package org.claimdesk.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.review.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ClaimDeskSpringTest
@WithMockUser(username = "checker2", roles = "FACT_CHECKER")
class NotificationsViewTest extends SpringBrowserlessTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimDiscussion discussion;
    @Autowired
    NotificationService notifications;

    @Test
    void a_mention_is_listed_with_a_link_to_its_claim_and_all_can_be_marked_read() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        ClaimDetails c = articles.importArticle(new ArticleImport("Bell " + tag, null, null, null, TestArticles.story(tag)))
                .claims().getFirst();
        discussion.addComment(c.id(), "@checker2 please check the figure " + tag);
        AsUser.signIn("checker2", "FACT_CHECKER");
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> notifications.mine().stream().anyMatch(n -> n.text().contains(tag)));

        NotificationsView view = navigate("notifications", NotificationsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("checker mentioned you").contains(tag);
        assertThat(view.list.getElement().getOuterHTML()).contains("claims/" + c.id());

        test(view.markAll).click();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(find(NotificationBell.class).single().count.isVisible()).isFalse();
    }
}
