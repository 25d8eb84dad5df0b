package org.claimdesk.review;

import org.claimdesk.AsUser;
import org.claimdesk.ClaimDeskSpringTest;
import org.claimdesk.TestArticles;
import org.claimdesk.article.ArticleDetails;
import org.claimdesk.article.ArticleImport;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.evidence.Attribution;
import org.claimdesk.evidence.EvidenceService;
import org.claimdesk.evidence.Rating;
import org.claimdesk.evidence.SourceInput;
import org.claimdesk.evidence.Stance;
import org.claimdesk.evidence.VerdictInput;
import org.claimdesk.evidence.VerdictService;
import org.claimdesk.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Notifications are made after the change commits, for the right person, and only theirs to read. */
@ClaimDeskSpringTest
class NotificationsTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    EvidenceService evidence;
    @Autowired
    VerdictService verdicts;
    @Autowired
    ClaimDiscussion discussion;
    @Autowired
    NotificationService notifications;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private ClaimDetails aClaimWithASource() {
        AsUser.signIn("checker", "FACT_CHECKER");
        String tag = TestArticles.uniqueTag();
        ArticleDetails a = articles.importArticle(new ArticleImport("Notify " + tag, null, null, null, TestArticles.story(tag)));
        ClaimDetails c = a.claims().stream().filter(x -> x.text().contains("hectares")).findFirst().orElseThrow();
        evidence.addSource(c.id(), new SourceInput("https://agri-news.example/r-" + tag, null, null, null, null, null,
                Stance.CONTRADICTS, null, null));
        return claims.get(c.id());
    }

    private List<NotificationDetails> of(String user, String role, long claimId, String kind) {
        AsUser.signIn(user, role);
        return notifications.mine().stream().filter(n -> n.claimId() != null && n.claimId() == claimId)
                .filter(n -> n.kind().equals(kind)).toList();
    }

    @Test
    void a_verdict_asks_editors_for_approval_and_its_author_hears_when_it_is_approved_or_sent_back() {
        ClaimDetails c = aClaimWithASource();
        verdicts.setVerdict(c.id(), new VerdictInput(Attribution.CONFIRMED, Rating.FALSE, "Refuted by the survey.", null,
                c.version()));

        await().atMost(Duration.ofSeconds(20)).until(() -> !of("editor", "EDITOR", c.id(), "APPROVAL_REQUESTED").isEmpty());
        assertThat(of("checker", "FACT_CHECKER", c.id(), "APPROVAL_REQUESTED")).as("not to the author").isEmpty();

        AsUser.signIn("editor", "EDITOR");
        verdicts.approve(c.id(), claims.get(c.id()).version());
        await().atMost(Duration.ofSeconds(20)).until(() -> !of("checker", "FACT_CHECKER", c.id(), "VERDICT_APPROVED").isEmpty());

        AsUser.signIn("editor", "EDITOR");
        verdicts.reopen(c.id(), claims.get(c.id()).version(), "new figures from the ministry");
        await().atMost(Duration.ofSeconds(20)).until(() -> !of("checker", "FACT_CHECKER", c.id(), "SENT_BACK").isEmpty());
        assertThat(of("checker", "FACT_CHECKER", c.id(), "SENT_BACK").getFirst().text())
                .contains("editor").contains("new figures from the ministry");
    }

    @Test
    void a_mention_in_a_comment_notifies_that_user_and_nobody_who_does_not_exist() {
        ClaimDetails c = aClaimWithASource();
        discussion.addComment(c.id(), "@checker2 can you call the union? cc @nobody-here and @metro");

        await().atMost(Duration.ofSeconds(20)).until(() -> !of("checker2", "FACT_CHECKER", c.id(), "MENTIONED").isEmpty());
        assertThat(of("checker2", "FACT_CHECKER", c.id(), "MENTIONED").getFirst().text()).contains("call the union");
        assertThat(of("checker", "FACT_CHECKER", c.id(), "MENTIONED")).as("not the author").isEmpty();
        assertThat(of("metro", "FACT_CHECKER", c.id(), "MENTIONED")).as("not someone of another team").isEmpty();
    }

    @Test
    void a_change_that_rolls_back_notifies_nobody() throws Exception {
        ClaimDetails c = aClaimWithASource();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            discussion.addComment(c.id(), "@checker2 this comment is rolled back");
            throw new IllegalStateException("something failed after the comment");
        })).isInstanceOf(IllegalStateException.class);
        // a comment that commits afterwards is notified; by then the rolled-back one would have been too
        AsUser.signIn("checker", "FACT_CHECKER");
        discussion.addComment(c.id(), "@checker2 this one is real");
        await().atMost(Duration.ofSeconds(20)).until(() -> !of("checker2", "FACT_CHECKER", c.id(), "MENTIONED").isEmpty());
        Thread.sleep(500); // events are handled in order on the async executor; give a stray one time to show up
        assertThat(of("checker2", "FACT_CHECKER", c.id(), "MENTIONED")).extracting(NotificationDetails::text)
                .noneMatch(t -> t.contains("rolled back"));
    }

    @Test
    void only_the_recipient_reads_a_notification() {
        ClaimDetails c = aClaimWithASource();
        discussion.addComment(c.id(), "@checker2 have a look");
        await().atMost(Duration.ofSeconds(20)).until(() -> !of("checker2", "FACT_CHECKER", c.id(), "MENTIONED").isEmpty());
        NotificationDetails n = of("checker2", "FACT_CHECKER", c.id(), "MENTIONED").getFirst();

        AsUser.signIn("checker", "FACT_CHECKER");
        assertThatThrownBy(() -> notifications.markRead(n.id())).isInstanceOf(NotFoundException.class);

        AsUser.signIn("checker2", "FACT_CHECKER");
        long unread = notifications.unreadCount();
        assertThat(notifications.markRead(n.id()).read()).isTrue();
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
    }
}
